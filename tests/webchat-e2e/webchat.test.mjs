// The Web Chat page at / in headless Chromium (Debian's package, driven by playwright-core):
// a question typed into the official Web Chat bundle comes back answered, with its citation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { botUrl } from './support/bot.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser;

before(async () => {
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'], timeout: 30000 });
});

after(async () => {
  await browser?.close();
});

async function openChat() {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));
  await page.goto(`${botUrl}/`);
  return { page, errors };
}

test('the Web Chat page is titled after the article and greets the user', async () => {
  const { page, errors } = await openChat();
  try {
    assert.match(await page.title(), /^Powering up/);
    await page.locator('.webchat__basic-transcript__activity').filter({ hasText: 'What is the article about?' }).first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a question typed into Web Chat is answered with its citation rendered', async () => {
  const { page, errors } = await openChat();
  try {
    const input = page.getByRole('textbox', { name: 'Message input box' });
    await input.fill('How much has Xiaomi invested in R&D?');
    await input.press('Enter');

    // Web Chat renders the Markdown reference definition as a numbered source under the answer.
    const answer = page.locator('.webchat__basic-transcript__activity')
      .filter({ has: page.locator('.webchat__link-definitions') })
      .filter({ hasText: '105 billion' });
    await answer.waitFor();
    const source = answer.locator('.webchat__link-definitions__list-item-text');
    assert.equal(await source.count(), 1);
    assert.match(await source.innerText(), /^Powering up, paragraph \d+$/);
    const marker = answer.locator('a.webchat__render-markdown__pure-identifier');
    assert.equal((await marker.innerText()).trim(), '1');
    assert.match(await marker.getAttribute('href'), /\/articles\/powering-up\.txt#p\d+$/);

    // The echo carried the message's clientActivityID, so Web Chat shows it as sent.
    const question = page.locator('.webchat__basic-transcript__activity').filter({ hasText: 'How much has Xiaomi invested in R&D?' }).last();
    assert.equal(await question.getByText(/Send failed/i).count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
