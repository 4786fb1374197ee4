// botframework-directlinejs, the Direct Line client Web Chat is built on, holds conversations
// with the bot through the host's own /v3/directline endpoint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { botUrl, within } from './support/bot.mjs';

const require = createRequire(import.meta.url);
// Node has neither XMLHttpRequest (which the client's ajax uses) nor, in Node 20, WebSocket.
globalThis.XMLHttpRequest = require('xhr2');
globalThis.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');

/** A conversation through the real client that records every activity it receives. */
function openConversation(options) {
  const directLine = new DirectLine({ domain: `${botUrl}/v3/directline`, timeout: 10000, ...options });
  const received = [];
  const waiters = new Set();
  const subscription = directLine.activity$.subscribe(activity => {
    received.push(activity);
    for (const waiter of [...waiters]) waiter();
  });

  const waitFor = (what, predicate) => within(20000, what, new Promise(resolve => {
    const check = () => {
      const found = received.find(predicate);
      if (found) { waiters.delete(check); resolve(found); }
    };
    waiters.add(check);
    check();
  }));

  const ask = async text => {
    const id = await within(20000, `the post of "${text}"`, new Promise((resolve, reject) =>
      directLine.postActivity({ type: 'message', from: { id: 'e2e-user', name: 'Tester' }, text })
        .subscribe(resolve, reject)));
    assert.notEqual(id, 'retry', 'the post was refused');
    return waitFor(`the answer to "${text}"`, a => a.type === 'message' && a.replyToId === id);
  };

  const close = () => { subscription.unsubscribe(); directLine.end(); };
  return { ask, waitFor, received, close, directLine };
}

async function generateToken() {
  const response = await fetch(`${botUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: 'e2e-user' } }),
  });
  assert.equal(response.status, 200);
  return (await response.json()).token;
}

for (const webSocket of [true, false]) {
  test(`directlinejs (${webSocket ? 'WebSocket stream' : 'polling'}): a follow-up resolves against the previous turn`, async () => {
    const conversation = openConversation({ token: await generateToken(), webSocket, pollingInterval: 200 });
    try {
      const welcome = await conversation.waitFor('the welcome', a => a.type === 'message' && a.from.role === 'bot');
      assert.match(welcome.text, /Powering up/);
      if (webSocket) assert.match(conversation.directLine.streamUrl, /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/.+\/stream\?t=/);

      const first = await conversation.ask('Who is Lei Jun?');
      assert.match(first.text, /Xiaomi/);
      const second = await conversation.ask('How much has his company invested in R&D?');

      assert.match(second.text, /105 billion/);
      assert.match(second.text, /\[1\]/);
      assert.match(second.text, /^\[1\]: http\S+ ".+"$/m, 'Markdown reference definition for Web Chat');
      const entity = second.entities.find(e => e.type === 'https://schema.org/Message');
      assert.equal(entity.citation[0].position, 1);
      const echo = conversation.received.find(a => a.type === 'message' && a.text === 'Who is Lei Jun?');
      assert.ok(echo, 'the user\'s own activity is echoed');
      assert.match(echo.id, /\|\d+$/);
      assert.ok(!Number.isNaN(Date.parse(echo.timestamp)), 'the echo has an ISO timestamp');
    } finally {
      conversation.close();
    }
  });
}
