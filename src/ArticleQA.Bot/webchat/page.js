// The Web Chat page's own script, served by the host so that its CSP allows only the host's scripts.
(async function () {
  const root = document.getElementById('webchat');
  const notice = text => { root.innerHTML = ''; const p = document.createElement('p'); p.className = 'notice'; p.textContent = text; root.appendChild(p); };
  if (!window.WebChat) {
    notice('The Web Chat bundle is not installed. Run "npm ci" in src/ArticleQA.Bot/webchat (the build does it when npm is available), then reload.');
    return;
  }

  // A token for a new conversation from this host's own Direct Line endpoint.
  const userID = 'web_' + Math.random().toString(36).slice(2, 12);
  let token;
  try {
    const response = await fetch('v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userID } })
    });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    token = (await response.json()).token;
  } catch (error) {
    notice('Could not start a conversation with the bot (' + error.message + ').');
    return;
  }

  const directLine = window.WebChat.createDirectLine({
    token,
    domain: new URL('v3/directline', window.location.href).href,
    webSocket: true
  });
  window.WebChat.renderWebChat(
    {
      directLine,
      userID,
      locale: 'en-US',
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'QA', userAvatarInitials: 'You' }
    },
    root
  );
  document.querySelector('#webchat input, #webchat textarea')?.focus();
})();
