<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit {commit} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit {commit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {ps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a {build} build, but the update channel is {channel}: ask your IT department for the {channel} build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update channel: {channel} (set by your IT department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update channel: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk for the people who serve the exchange&apos;s VIP clients: client profiles, priority ticket lanes, requests and emergency freezes — online or not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Closes without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves and closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <source>Second factor</source>
        <extracomment>Labels of the detail keys the platform sends today; another key is shown from its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual hourly volume (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume in the last hour (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the platform saw</source>
        <extracomment>Asks for a note (title, prompt, button, rule); tests answer without a modal loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other alerts of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge: you are on it (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss with a note: nothing to do (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze this client&apos;s account now (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {status} · raised {age} ago · {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} by {who} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only security officers act on alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change of this alert is on its way to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert is {status}: nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert {id} ({client})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why it needs nothing: {min} to {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this alert need nothing? The note is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss alert {id} ({client})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change is on its way to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (sending…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiAccessRequestForm</name>
    <message>
        <source>Request a change of API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many API calls a minute the client may make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP &amp;whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access for {client} ({uid}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection; your work is kept and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Your work is kept and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Your work is kept and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server refused or dropped the connection. Check the proxy setting, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was stopped. If your company uses its own certificates, ask IT to set the CA bundle setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle file in the settings ({path}) cannot be read, so no secure connection can be made. Ask IT to check the CA bundle setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your sign-in is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer VIP Desk could not understand. It will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as incomplete: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer signed in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username, password or code is not right. Check them and try again; a code can be used only once, so wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code in your authenticator app and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action needs a fresh code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy does not allow this request (rule: {rule_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy allows this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same action is still being processed by the server. It will be checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs the item&apos;s version to accept this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy is too old and will be downloaded again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values were not accepted: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. VIP Desk will try again in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Signing in is locked for another {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetBook</name>
    <message>
        <source>VIP Desk is not connected to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large to show ({w} × {h} pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>Files to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or paste a screenshot (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted files (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply carries at most {n} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached as “{name}”: characters that can disguise a file name were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not attached: only PNG, JPEG and WebP images, PDF documents, MP4 videos and plain text files are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not attached: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not attached: it is larger than 25 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not attached: the image is {size}; at most {mp} megapixels are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not attached: it is {what}, not what its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not attached: its content does not match its type ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files… ({n} left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>&amp;Get new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page in the entries the server added (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the whole chain and check it against the pin kept on this computer (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view (&amp;CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries listed now, with their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chain (&amp;JSON Lines)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry exactly as served, for &apos;vipclient audit verify&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid, ticket, request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details as served</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} of %Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}* (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read from the server: {reason} The entries already here are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the listed entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>Not verified on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified before on this computer up to entry {size} (head {head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the entries in this computer&apos;s cache were checked, the server was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN from entry {start} on. Entry {size}, verified on this computer before with hash {hash}, no longer has that hash (the entries from {start} on differ from the ones kept here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN: entry {size}, verified on this computer before with hash {hash}, no longer has that hash. The chain holds together on its own, so every hash after the change was recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old pin is kept as evidence and was not replaced; report this to the platform&apos;s security team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewritten history starts here (entry {seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries verified, head {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} was CHANGED: its hash does not match its content, or it does not point to the entry before it. Everything before it verified ({n} entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: this entry&apos;s hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} is MISSING: the numbering jumps over it. Everything before it verified ({n} entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {seq} before this one is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM — entry {seq} no longer has the hash verified on this computer before ({hash}): the history was rewritten. The old pin is kept as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewritten: this entry no longer has the pinned hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry after entry {head} lacks what every entry has. Everything before it verified ({n} entries).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>login</source>
        <extracomment>Enum values shown inside sentences (scopes, reasons, severities, alert kinds, teams…).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phishing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspicious withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new device login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal to a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM swap report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key used from a new IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusual volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} signed in</source>
        <extracomment>One sentence per action; ``{actor}`` is a staff member&apos;s name or &quot;The platform&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in as {username} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} confirmed with a fresh code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code entered by {username} was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} was locked out after {failures} failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A used sign-in token came back: every session of {actor} ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} changed {target}: {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} froze {target}: {scopes} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} widened the freeze of {target} to {scopes} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} lifted the freeze of {target} (asked for by {requester})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} exported the conversations of {target} as {format} (tickets: {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} asked to lift the freeze of {client}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} approved lifting the freeze of {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} kept the freeze of {client} (request rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} opened ticket {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} wrote on ticket {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} added an internal note to ticket {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client wrote on ticket {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} assigned ticket {target} to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} moved ticket {target} from {from} to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} escalated ticket {target} to {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} attached {filename} to ticket {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} asked for {kind} {target} for {client} (rule {rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} approved {kind} {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} rejected {kind} {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} cancelled {kind} {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {target} was applied to {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {target} expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule {rule} blocked {actor}&apos;s {kind} for {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} was refused {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {severity} alert was raised on {target}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} acknowledged alert {alert} on {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} dismissed alert {alert} on {target}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} froze {target} in answer to alert {alert}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor}: {action} {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n tickets · Enter opens one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets · Enter opens one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a picture or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between the bars; Enter opens the tickets behind one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Client uid or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>Reply to open ticket</source>
        <extracomment>The client&apos;s version when the person began editing (the edit&apos;s If-Match). Shows a conflict; tests replace it to answer without a modal loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API rate tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. otc, market-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this client (visible to all staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens one of this client&apos;s open tickets to answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this client, seen by all staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this client meanwhile: choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s tickets and requests, newest first; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a request for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request, sent for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen client&apos;s details, notes, activity and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROZEN since {since} — {scopes} — {reason}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROZEN — {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (any IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker {maker} bps / taker {taker} bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom, expires in {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom, expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this client: choose a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here; sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day volume (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search uid, name or e-mail…</source>
        <extracomment>How &quot;reply to open ticket&quot; opens a ticket: in the main window&apos;s Lanes section when this screen lives in a window that can (``open_ticket``), else in a window of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrows the list to clients whose uid, name or e-mail contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows your book or every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only clients of this VIP tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only clients who speak this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only active or only frozen clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only clients with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients that match the filters; the chosen one&apos;s profile is beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>VIP Desk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside VIP Desk. Your work is kept: actions you took are saved and will still be sent. You can carry on; if it happens again, send the details below to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is kept in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets per lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane}: open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane}: breached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met per day (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First responses settled on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions settled on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}: tickets opened in the period and answered, slowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: tickets opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met per channel (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: first responses settled, missed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: resolutions settled, missed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches by tier and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} · {category}: SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for approval, by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting · the oldest for {age}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} requests waiting {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active freezes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risk alerts by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity} risk alerts ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 3 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active freezes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Mine</source>
        <extracomment>Sync&apos;s changes are drawn this long after the last page (pages come in bursts). Figures that move with the clock alone (breaches now, ages) are read again this often. Entities whose changes move a figure. Between two cards&apos; drawing: a timer, not a posted call, so the card just drawn is painted in a turn of its own (a posted call ran in the same turn as the paint: 11–15 ms at once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s figures are for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own figures, or your team&apos;s (for supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chart of the dashboard; each one exports to PNG and CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time} · the last {days} days, in your time zone ({tz})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Approve request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve exactly this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reject this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} for {client} ({uid}, {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{asked} (now {now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule asks for a fresh TOTP code: you will be asked for yours when your approval is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject it: the requester reads your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transcript — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include them, marked as internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this transcript leaves the desk (the client&apos;s request, a compliance case…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the export with the platform (a fresh code is asked for), then writes the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason of {a} to {b} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk is not connected to the platform: an export must be recorded there first. Try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading threads from the platform ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the export with the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}.
Recorded as export {id}.
SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was recorded ({id}) but the file could not be written ({reason}). Choose another place and press the button again: the same file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeRequestForm</name>
    <message>
        <source>Request a custom fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which markets the schedule applies to: spot, futures or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maker rate (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taker rate (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier&apos;s rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee schedule for {client} ({uid}): {rates}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>the 24×7 security line on your desk card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze account — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (required for &apos;other&apos;, at least {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts this freeze answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code (asked for if left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of at least {min} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze {name} ({uid}): {scopes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the freeze to the platform… The account is not frozen until the platform confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROZEN — the platform confirmed the freeze of {name} ({uid}) at {time}: {scopes}. Freeze {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of {name} ({uid}) is NOT frozen. {reason} If the client is at risk now, call {line} and ask for the freeze by phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreezesView</name>
    <message>
        <source>Active freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request unfreeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a second officer to lift this freeze (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} asked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a freeze to see it and lift it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({uid}) frozen since {since} by {by}: {scopes} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only security officers lift freezes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked to lift this freeze, so another security officer must approve it (dual control). You can still withdraw it with Reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} asked to lift this freeze; approving needs a fresh code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may {name} ({uid}) be unfrozen? A second security officer reads this before approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to lift the freeze of {name} ({uid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking to lift the freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the freeze of {name} ({uid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the freeze of {name} ({uid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at {time}: another security officer must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted at {time}: the client is no longer frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected at {time}: the freeze stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket&apos;s language first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the title, a two-line summary and the link (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · used {n}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles found: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} m {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — FROZEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <extracomment>More changed tickets than this since the index was read: wait for the full recompute. Entities whose changes a patch covers (lanes read only ticket rows; a message changes its ticket&apos;s row too). Anything else (a client&apos;s tier, the outbox…) waits for the full index.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows all tickets, yours or the unassigned ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only tickets written in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only tickets that came by this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of this lane · {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each lane with its count of tickets and of late ones; Alt+1 to Alt+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA time left first; Enter opens the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets in this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesSection</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a breached SLA</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>{time} ({day}, {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Desk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens of VIP Desk; Ctrl+1 and on go straight to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client profiles are not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets are not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search clients and tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesConflict</name>
    <message>
        <source>Someone else changed this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes or tags of {uid} were changed by someone else while your edit was on its way. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your version&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On the server now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <extracomment>At most this many tickets are named one by one in one round; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens what the notice is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to breach: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tickets need you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n tickets of your book are in Emergency.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more tickets entered Emergency or are about to breach.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only account managers and supervisors can make requests for clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this client&apos;s account manager or a supervisor can make requests for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s account is frozen, so no request can be made until it is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is no longer waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made this request, so someone else must approve it (maker-checker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already given your decision on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a {role} can approve this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who made this request can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only security officers can freeze or unfreeze accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This freeze has already been lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this freeze to be lifted, so a different security officer must approve it (dual control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and security officers can read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can change a client&apos;s account manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliciesView</name>
    <message>
        <source>Rules in the order they are applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval rules in the order they are applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of request to try against the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier of the imagined client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate asked, in basis points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker rate (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taker rate (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expedite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value asked, in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of withdrawal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher limit, or a pending withdrawal sped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empties a whitelist that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate-limit tier asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the request removes every address of the whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the order the server gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the order this desk last had them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules the server applies, {order}: the first rule that matches a request decides it; a request no rule matches is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules cannot be read here: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found: every rule can decide some request, every approval can be given, every kind of request has a rule that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amounts as plain numbers, e.g. 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the client needs this, for the approver; 10 to 2000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the client needs this (10 to 2000 characters; the approver reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues the request; it goes for approval when the server has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the form; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({uid}) · {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready — {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules block this request, so the server would refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk cannot read the rules the server serves ({problem}); the server decides when the request reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the values to see which rule decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The rules&apos; order is as this desk last had it; the server&apos;s answer decides.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestNotices</name>
    <message numerus="yes">
        <source>%n more requests changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Open the client&apos;s profile</source>
        <extracomment>``(verdict, detail, rule) -&gt; comment`` or None when the person closed the dialog; tests replace it to answer without a modal loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client this request is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked, against what is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the request, who did it and when, in both time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for a comment, then records it ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen request: what is asked, the rule, the approvals and its timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve {kind} {id} for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {kind} {id} for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {kind} {id} for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{client} ({uid}) · {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server decides which rule applies when the request reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {rule} (not among the rules served now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {rule}: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It matches every request of its kind that no earlier rule took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {action} was refused by the server: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {action} is on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is still on its way to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until your last action on it has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval needed: the rule applied it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n approvals by a {role} given.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still needed: {n}. Who may approve: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {when}: {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>no end (stays until changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rates}, custom until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rates}, custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rates}, the tier&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier&apos;s rates ({tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount off the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedite withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API rate-limit tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds {networks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes {networks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;fee schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawal limit or expedite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting your approval: {client}</source>
        <extracomment>How long before its deadline a waiting request is &quot;close to its deadline&quot; (seconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to its deadline: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was applied: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was rejected: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request expired: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More requests need you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institutional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>futures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot and futures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker {maker} / taker {taker} bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any IP (no whitelist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expedite {amount} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h limit {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{t} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{tier} · %n networks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} with a fresh TOTP code within {hours} h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} within {hours} h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a limit increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expedite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s tier is {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount is at most {v} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maker rate is below {v} bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is worth at most {v} USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested rate limit is {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it empties a whitelist that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not empty the whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other {what}: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} where {conditions}: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{condition} (this request: {actual}) — {held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: no rule allows this request, so the server will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at once when the server has it (rule {rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by rule {rule}: the server will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} within {hours} h (rule {rule}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal places here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule {rule} can never be the first match: {earlier} always match its requests first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {rule} matches no request: its conditions can never hold together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule allows any {what}: every one is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in full digits without an exponent (1000, not 1e3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a point for decimals (1.5, not 1,5); commas only group thousands, as in 1,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the digits as plain 0–9: {char} is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains an invisible character ({char}); type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plain number such as 12.5 (digits and one decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate is between 0 and 100 bps (0 % to 1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maker rate cannot be higher than the taker rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say until when the change is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity can be at most 365 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit increase is stated in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which withdrawal to expedite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read, so only a limit increase in USD can be asked for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes nothing: the client has these API settings already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new limit must be above the client&apos;s current limit of {limit} USD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>&amp;New request</source>
        <extracomment>Entities whose changes can change what the section shows. The &quot;created&quot; filter of the All tab: (days back, or None for any time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for a client you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests you made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests, those waiting for your approval, and all of them; Alt+1 to Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client uid or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only requests for clients whose uid or name contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only requests of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only requests in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only requests made by this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only requests made in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests that match the filters; the chosen one&apos;s page is beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests, or the approval policies in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests or policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests and a chosen one&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval policies in force ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have made no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing awaits your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s preview said rule {preview} ({action}); the server decided by rule {server} ({status}). The server&apos;s answer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server decided otherwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search clients and tickets: name, uid, e-mail, subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results show below as you type; arrows choose, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your cache matches “{q}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityNotices</name>
    <message>
        <source>Security desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical alerts are open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freezes are waiting for a second officer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Critical alert: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freeze waits for a second officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} asks to lift the freeze of {client}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>uid, name or e-mail…</source>
        <extracomment>The queue&apos;s views: (label, statuses, severities).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze an &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need action (open and acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled (dismissed, actioned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityWords</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actioned (frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign in to the exchange</source>
        <extracomment>What each scope stops, as the freeze dialog&apos;s summary says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot place or change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot withdraw any asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their API keys stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already ({now}); this adds {more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already for all of this: only the record is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as the platform confirms, {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still allowed: {scopes}. Deposits keep arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits keep arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alerts will be marked as actioned by this freeze.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lifting it takes two security officers: one asks, another approves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staying signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your company uses its own CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection changes apply the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at once; open tickets and unsent replies stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of emergencies and near-breaches in my book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in and updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in allowed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-office server VIP Desk talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of your company&apos;s certificate authorities, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy to reach the server through, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of VIP Desk&apos;s texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice when a ticket of your book is in Emergency or near its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lane 1 to 5 (in the order of the tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply or note being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide help-centre articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the article search, go to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file from the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the clients list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desk 1 to 3 (in the order of the tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the approval policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the request shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom fee schedule request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New withdrawal limit or expedite request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected network from the whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a chart, move between bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a chart, first or last bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a chart, open the tickets behind the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the chosen alert, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the account of the chosen alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to lift the chosen freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze dialog: tick login, trading, withdrawals, API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut by what it does or its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or key contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut, grouped by where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Signing in failed because of a problem inside VIP Desk. The log has details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to VIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-office server to sign in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your staff username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes VIP Desk without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: try again in {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions that have not reached the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln items received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next wrong code locks you out for {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 try left before a {minutes}-minute lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tries left before a {minutes}-minute lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code changes in {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes: the platform has locked your codes. Try again in {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm with your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action needs a fresh 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six digits; a pasted code with a space or a dash is accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is having a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent answers VIP Desk could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action waited more than a day to be sent and VIP Desk cannot check whether the server already has it. Check on the server, then resend it only if it did not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this item on the server before your change arrived. Review the current version, then resend your change or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action waiting or refused, with the server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent and what the server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this action to the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up this action; it will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in its form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what the server refused, then send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action you took has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this action? It will not be sent to the server and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message numerus="yes">
        <source>The server refused %n of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first megabyte is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Too large to preview
{w} × {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the client&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this ticket to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the ticket to a colleague or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the ticket to another status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands the ticket to a specialist team with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message of the ticket, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… ({key} sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply or internal note to send; {key} sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the help centre for an answer ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}: {time} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff see internal notes; they do not answer the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the canned responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the reply to the client, or saves the internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} · {status} · {priority} · {category} · {channel} · {language} · assignee: {assignee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · team: {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is written in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is the client&apos;s first language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned responses in the ticket&apos;s or the client&apos;s languages: {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another language for the canned responses here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s time: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are still being checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpCode</name>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is made of digits only, like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits; you typed {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>INTERNAL NOTE — staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included and marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {at} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in UTC and in the client&apos;s time zone ({tz}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes: {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status} · category: {category} · opened {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptsBox</name>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript exports of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each export: when, by whom, which tickets, the format and the file&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account managers and supervisors export transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records an export with the platform and writes the transcript to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which export a file handed back is, or that it matches none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads this client&apos;s exports from the platform again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exports are read from the platform; VIP Desk is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript of this client has been exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a transcript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} matches none of this client&apos;s exports (SHA-256 {sha}): it was changed after the export, or it is not a transcript this desk exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is export {id} of {when} by {who} (tickets {tickets}); its SHA-256 matches: {sha}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidityEdit</name>
    <message>
        <source>Off: the change stays until someone changes it</source>
        <extracomment>How long a new change is valid unless the person says otherwise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time, in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VipDesk</name>
    <message>
        <source>VIP Desk stopped unexpectedly the last time it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept sign-in could not be opened; the cached data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your IT department does not allow the demo on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server with its demo clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP Desk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhitelistEditor</name>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses and networks the client&apos;s API keys may call from; Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network to add, e.g. 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the network typed beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address or network, such as 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the selected network off the whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network: press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the client&apos;s list now: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same networks as the client&apos;s list now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalRequestForm</name>
    <message>
        <source>Request a withdrawal limit or an expedite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the 24 h &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expedite a pending withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A higher 24-hour withdrawal limit, in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending withdrawal processed ahead of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending withdrawal&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset being withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new limit in USD, or the amount of the withdrawal to expedite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New 24 h limit (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assets&apos; precision and prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read ({error}); a limit increase in USD can still be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal request for {client} ({uid}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
