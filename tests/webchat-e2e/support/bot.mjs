// Where the bot host under test runs: scripts/test.sh starts it and passes BOT_URL.
export const botUrl = (process.env.BOT_URL ?? 'http://127.0.0.1:3978').replace(/\/$/, '');

/** Rejects after `ms` milliseconds with `what` in the message, so that no wait is unbounded. */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
