<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Commit {commit}</source>
        <translation>提交 {commit}</translation>
    </message>
    <message>
        <source>Commit {commit} ({date})</source>
        <translation>提交 {commit}（{date}）</translation>
    </message>
    <message>
        <source>This is a {build} build, but the update channel is {channel}: ask your IT department for the {channel} build.</source>
        <translation>这是{build}版本，但更新通道是{channel}：请向 IT 部门索取{channel}版本。</translation>
    </message>
    <message>
        <source>Update channel: {channel}</source>
        <translation>更新通道：{channel}</translation>
    </message>
    <message>
        <source>Update channel: {channel} (set by your IT department)</source>
        <translation>更新通道：{channel}（由 IT 部门设置）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>About VIP Desk</source>
        <translation>关于 VIP 服务台</translation>
    </message>
    <message>
        <source>Python {v}</source>
        <translation>Python {v}</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {ps}</source>
        <translation>Qt {qt} · PySide6 {ps}</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>服务器：{url}</translation>
    </message>
    <message>
        <source>The desk for the people who serve the exchange&apos;s VIP clients: client profiles, priority ticket lanes, requests and emergency freezes — online or not.</source>
        <translation>为交易所 VIP 客户服务的团队工作台：客户资料、优先工单通道、审批请求与紧急冻结——在线离线都能用。</translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation>VIP 服务台</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Closes without saving</source>
        <translation>关闭，不保存</translation>
    </message>
    <message>
        <source>Saves and closes</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>关闭此窗口</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <source>What the platform saw</source>
        <extracomment>Asks for a note (title, prompt, button, rule); tests answer without a modal loop.</extracomment>
        <translation>平台看到的情况</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>打开资料(&amp;P)</translation>
    </message>
    <message>
        <source>Recent tickets of this client</source>
        <translation>该客户的近期工单</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Other alerts of this client</source>
        <translation>该客户的其他警报</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge: you are on it (Ctrl+Shift+A)</source>
        <translation>确认：由你处理 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>忽略(&amp;D)…</translation>
    </message>
    <message>
        <source>Dismiss with a note: nothing to do (Ctrl+Shift+D)</source>
        <translation>附说明忽略：无需处理 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Freeze account…</source>
        <translation>冻结账户(&amp;F)…</translation>
    </message>
    <message>
        <source>Freeze this client&apos;s account now (Ctrl+Shift+F)</source>
        <translation>立即冻结该客户的账户 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>近期工单</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>其他警报</translation>
    </message>
    <message>
        <source>Choose an alert</source>
        <translation>请选择一条警报</translation>
    </message>
    <message>
        <source>{kind} · {status} · raised {age} ago · {id}</source>
        <translation>{kind} · {status} · {age}前触发 · {id}</translation>
    </message>
    <message>
        <source>{status} by {who} at {when}</source>
        <translation>{status}：{who}，{when}</translation>
    </message>
    <message>
        <source>freeze {id}</source>
        <translation>冻结 {id}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>{status}: {scopes}</source>
        <translation>{status}：{scopes}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24 小时提币限额</translation>
    </message>
    <message>
        <source>Only security officers act on alerts.</source>
        <translation>只有安全专员可以处理警报。</translation>
    </message>
    <message>
        <source>Your last change of this alert is on its way to the platform.</source>
        <translation>你对这条警报的最新更改正在发送到平台。</translation>
    </message>
    <message>
        <source>This alert is {status}: nothing more can be done with it.</source>
        <translation>这条警报已{status}，无法再做任何操作。</translation>
    </message>
    <message>
        <source>Acknowledge alert {id} ({client})</source>
        <translation>确认警报 {id}（{client}）</translation>
    </message>
    <message>
        <source>Write why it needs nothing: {min} to {max} characters.</source>
        <translation>请写明无需处理的原因：{min} 到 {max} 个字符。</translation>
    </message>
    <message>
        <source>Dismiss alert</source>
        <translation>忽略警报</translation>
    </message>
    <message>
        <source>Why does this alert need nothing? The note is kept in the audit log.</source>
        <translation>为什么这条警报无需处理？说明会记入审计日志。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Dismiss alert {id} ({client})</source>
        <translation>忽略警报 {id}（{client}）</translation>
    </message>
    <message>
        <source>Second factor</source>
        <extracomment>Labels of the detail keys the platform sends today; another key is shown from its name.</extracomment>
        <translation>第二验证因素</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address added</source>
        <translation>地址添加时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Carrier&apos;s report</source>
        <translation>运营商报告</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Credentials seen</source>
        <translation>发现的凭据</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>随后</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>SMS second factor</source>
        <translation>短信验证</translation>
    </message>
    <message>
        <source>Usual country</source>
        <translation>常用国家/地区</translation>
    </message>
    <message>
        <source>Usual hourly volume (USD)</source>
        <translation>通常每小时交易量 (USD)</translation>
    </message>
    <message>
        <source>Volume in the last hour (USD)</source>
        <translation>最近一小时交易量 (USD)</translation>
    </message>
    <message>
        <source>Address whitelist</source>
        <translation>地址白名单</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Your change is on its way to the platform</source>
        <translation>你的更改正在发送到平台</translation>
    </message>
    <message>
        <source>{status} (sending…)</source>
        <translation>{status}（发送中…）</translation>
    </message>
</context>
<context>
    <name>ApiAccessRequestForm</name>
    <message>
        <source>API access for {client} ({uid}): {what}</source>
        <translation>{client}（{uid}）的 API 权限：{what}</translation>
    </message>
    <message>
        <source>IP &amp;whitelist</source>
        <translation>IP 白名单(&amp;W)</translation>
    </message>
    <message>
        <source>Rate-limit &amp;tier</source>
        <translation>限频等级(&amp;T)</translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation>限频等级</translation>
    </message>
    <message>
        <source>Request a change of API access</source>
        <translation>申请变更 API 权限</translation>
    </message>
    <message>
        <source>How many API calls a minute the client may make</source>
        <translation>客户每分钟可调用 API 的次数</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation>与服务器通信时出错。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection; your work is kept and will be sent when the connection is back.</source>
        <translation>无法连接服务器。请检查网络连接；您的操作已保存，连接恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your work is kept and will be sent when the connection is back.</source>
        <translation>服务器响应超时。您的操作已保存，连接恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Your work is kept and will be sent when the connection is back.</source>
        <translation>与服务器的连接中断。您的操作已保存，连接恢复后会自动发送。</translation>
    </message>
    <message>
        <source>The proxy server refused or dropped the connection. Check the proxy setting, or ask IT.</source>
        <translation>代理服务器拒绝或断开了连接。请检查代理设置，或联系 IT 部门。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was stopped. If your company uses its own certificates, ask IT to set the CA bundle setting.</source>
        <translation>无法验证服务器的安全证书，连接已中止。如果公司使用自有证书，请联系 IT 部门设置 CA 证书包。</translation>
    </message>
    <message>
        <source>The CA bundle file in the settings ({path}) cannot be read, so no secure connection can be made. Ask IT to check the CA bundle setting.</source>
        <translation>无法读取设置中的 CA 证书包文件（{path}），无法建立安全连接。请联系 IT 部门检查 CA 证书包设置。</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your sign-in is protected.</source>
        <translation>服务器地址必须以 https:// 开头，以保护您的登录信息。</translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.com.</source>
        <translation>服务器地址无效，格式应类似 https://example.com。</translation>
    </message>
    <message>
        <source>The server sent an answer VIP Desk could not understand. It will be tried again.</source>
        <translation>服务器返回了 VIP 服务台无法识别的响应，稍后将重试。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了该请求。</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>服务器拒绝了该请求：{detail}</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete: {detail}</source>
        <translation>服务器认为请求不完整，已拒绝：{detail}</translation>
    </message>
    <message>
        <source>You are no longer signed in. Please sign in again.</source>
        <translation>您已退出登录，请重新登录。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The username, password or code is not right. Check them and try again; a code can be used only once, so wait for the next one.</source>
        <translation>用户名、密码或验证码不正确。请检查后重试；每个验证码只能使用一次，请等待下一个验证码。</translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code in your authenticator app and try again.</source>
        <translation>该验证码未被接受。请等待身份验证器应用中的下一个验证码后重试。</translation>
    </message>
    <message>
        <source>This action needs a fresh code from your authenticator app.</source>
        <translation>此操作需要身份验证器应用中的最新验证码。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>A policy does not allow this request (rule: {rule_id}).</source>
        <translation>策略不允许此请求（规则：{rule_id}）。</translation>
    </message>
    <message>
        <source>No policy allows this request.</source>
        <translation>没有任何策略允许此请求。</translation>
    </message>
    <message>
        <source>This item no longer exists on the server.</source>
        <translation>该条目在服务器上已不存在。</translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state: {detail}</source>
        <translation>该条目当前的状态不允许此操作：{detail}</translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state.</source>
        <translation>该条目当前的状态不允许此操作。</translation>
    </message>
    <message>
        <source>The same action is still being processed by the server. It will be checked again.</source>
        <translation>服务器仍在处理同一操作，稍后将再次确认。</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Reload it and make your change again.</source>
        <translation>此期间已有他人修改了该条目。请重新加载后再次修改。</translation>
    </message>
    <message>
        <source>The server needs the item&apos;s version to accept this change.</source>
        <translation>服务器需要该条目的版本号才能接受此修改。</translation>
    </message>
    <message>
        <source>The local copy is too old and will be downloaded again from the server.</source>
        <translation>本地副本过旧，将从服务器重新下载。</translation>
    </message>
    <message>
        <source>Some values were not accepted: {fields}</source>
        <translation>部分值未被接受：{fields}</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>部分值未被接受。</translation>
    </message>
    <message>
        <source>The server is busy. VIP Desk will try again in {wait}.</source>
        <translation>服务器繁忙，VIP 服务台将在 {wait}后重试。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Signing in is locked for another {wait}.</source>
        <translation>失败次数过多，登录已锁定，还需等待 {wait}。</translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again.</source>
        <translation>服务器出现问题，VIP 服务台将自动重试。</translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again in {wait}.</source>
        <translation>服务器出现问题，VIP 服务台将在 {wait}后重试。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>几分钟</translation>
    </message>
</context>
<context>
    <name>AssetBook</name>
    <message>
        <source>VIP Desk is not connected to the platform.</source>
        <translation>VIP 服务台尚未连接到平台。</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation>这台电脑上没有能打开 {name} 的程序。</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>无法打开此文件。</translation>
    </message>
    <message>
        <source>This file cannot be shown as an image.</source>
        <translation>此文件无法作为图片显示。</translation>
    </message>
    <message>
        <source>This image is too large to show ({w} × {h} pixels).</source>
        <translation>图片过大，无法显示（{w} × {h} 像素）。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>A reply carries at most {n} files.</source>
        <translation>一条回复最多可带 {n} 个文件。</translation>
    </message>
    <message>
        <source>Accepted files (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;All files (*)</source>
        <translation>可接受的文件 (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>添加附件（Ctrl+Shift+A）；也可以把文件拖到这里，或粘贴截图（Ctrl+V）</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附件…</translation>
    </message>
    <message>
        <source>Attached as “{name}”: characters that can disguise a file name were removed.</source>
        <translation>已作为“{name}”添加：可用于伪装文件名的字符已被删除。</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>附件提示</translation>
    </message>
    <message>
        <source>Checking the files… ({n} left)</source>
        <translation>正在检查文件…（还剩 {n} 个）</translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation>待发送的文件</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} was not attached: it is larger than 25 MiB.</source>
        <translation>{name} 未添加：文件超过 25 MiB。</translation>
    </message>
    <message>
        <source>{name} was not attached: it is {what}, not what its name says.</source>
        <translation>{name} 未添加：它实际是 {what}，与文件名不符。</translation>
    </message>
    <message>
        <source>{name} was not attached: its content does not match its type ({reason}).</source>
        <translation>{name} 未添加：内容与类型不符（{reason}）。</translation>
    </message>
    <message>
        <source>{name} was not attached: only PNG, JPEG and WebP images, PDF documents, MP4 videos and plain text files are accepted.</source>
        <translation>{name} 未添加：只接受 PNG、JPEG、WebP 图片，PDF 文档，MP4 视频和纯文本文件。</translation>
    </message>
    <message>
        <source>{name} was not attached: the file is empty.</source>
        <translation>{name} 未添加：文件是空的。</translation>
    </message>
    <message>
        <source>{name} was not attached: the image is {size}; at most {mp} megapixels are accepted.</source>
        <translation>{name} 未添加：图片为 {size}，最多接受 {mp} 百万像素。</translation>
    </message>
    <message>
        <source>Remove the selected file ({key})</source>
        <translation>移除所选文件（{key}）</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>&amp;Get new entries</source>
        <translation>获取新条目(&amp;G)</translation>
    </message>
    <message>
        <source>Page in the entries the server added (F5)</source>
        <translation>从服务器取回新增的条目 (F5)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute the whole chain and check it against the pin kept on this computer (Ctrl+Shift+V)</source>
        <translation>重新计算整条哈希链，并与本机保存的固定点核对 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Export view (&amp;CSV)…</source>
        <translation>导出当前视图(&amp;CSV)…</translation>
    </message>
    <message>
        <source>The entries listed now, with their words</source>
        <translation>当前列出的条目及其文字说明</translation>
    </message>
    <message>
        <source>Export chain (&amp;JSON Lines)…</source>
        <translation>导出整条链(&amp;JSON Lines)…</translation>
    </message>
    <message>
        <source>Every entry exactly as served, for &apos;vipclient audit verify&apos;</source>
        <translation>每个条目与服务器返回的完全一致，供“vipclient audit verify”使用</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>uid, ticket, request…</source>
        <translation>UID、工单、申请…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>前一哈希</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Details as served</source>
        <translation>服务器返回的详情</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %Ln entries</source>
        <translation>
            <numerusform>{n} / %Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {file}</source>
        <translation>
            <numerusform>已将 %Ln 条记录写入 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任何操作</translation>
    </message>
    <message>
        <source>{family}* (all)</source>
        <translation>{family}*（全部）</translation>
    </message>
    <message>
        <source>Choose an entry to see it whole.</source>
        <translation>选择一个条目查看完整内容。</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>The log could not be read from the server: {reason} The entries already here are shown.</source>
        <translation>无法从服务器读取日志：{reason} 显示的是本机已有的条目。</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>正在验证哈希链…</translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation>无法验证哈希链：{reason}</translation>
    </message>
    <message>
        <source>Export the listed entries</source>
        <translation>导出列出的条目</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the whole chain</source>
        <translation>导出整条链</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Nothing exported: {reason}</source>
        <translation>未导出：{reason}</translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>Not verified on this computer yet.</source>
        <translation>本机尚未验证过。</translation>
    </message>
    <message>
        <source>Verified before on this computer up to entry {size} (head {head}).</source>
        <translation>本机此前已验证到第 {size} 条（链头 {head}）。</translation>
    </message>
    <message>
        <source>Checked against the server.</source>
        <translation>已与服务器核对。</translation>
    </message>
    <message>
        <source>Offline: the entries in this computer&apos;s cache were checked, the server was not asked.</source>
        <translation>离线：只检查了本机缓存中的条目，未询问服务器。</translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN from entry {start} on. Entry {size}, verified on this computer before with hash {hash}, no longer has that hash (the entries from {start} on differ from the ones kept here).</source>
        <translation>警报 — 服务器的审计历史从第 {start} 条起被改写。第 {size} 条此前在本机验证时的哈希为 {hash}，现在已不同（从第 {start} 条起的条目与本机保存的不一致）。</translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN: entry {size}, verified on this computer before with hash {hash}, no longer has that hash. The chain holds together on its own, so every hash after the change was recomputed.</source>
        <translation>警报 — 服务器的审计历史被改写：第 {size} 条此前在本机验证时的哈希为 {hash}，现在已不同。哈希链本身仍然连贯，说明改动之后的每个哈希都被重新计算过。</translation>
    </message>
    <message>
        <source>The old pin is kept as evidence and was not replaced; report this to the platform&apos;s security team.</source>
        <translation>旧的固定点已作为证据保留，没有被替换；请将此情况报告给平台安全团队。</translation>
    </message>
    <message>
        <source>Record: {path}</source>
        <translation>记录：{path}</translation>
    </message>
    <message>
        <source>The rewritten history starts here (entry {seq})</source>
        <translation>被改写的历史从这里开始（第 {seq} 条）</translation>
    </message>
    <message>
        <source>{n} entries verified, head {head}.</source>
        <translation>已验证 {n} 条，链头 {head}。</translation>
    </message>
    <message>
        <source>Entry {seq} was CHANGED: its hash does not match its content, or it does not point to the entry before it. Everything before it verified ({n} entries).</source>
        <translation>第 {seq} 条已被篡改：其哈希与内容不符，或未指向前一条。它之前的全部条目验证通过（{n} 条）。</translation>
    </message>
    <message>
        <source>Changed: this entry&apos;s hash does not match its content</source>
        <translation>已篡改：该条目的哈希与内容不符</translation>
    </message>
    <message>
        <source>Entry {seq} is MISSING: the numbering jumps over it. Everything before it verified ({n} entries).</source>
        <translation>第 {seq} 条缺失：编号跳过了它。它之前的全部条目验证通过（{n} 条）。</translation>
    </message>
    <message>
        <source>Entry {seq} before this one is missing</source>
        <translation>此条之前的第 {seq} 条缺失</translation>
    </message>
    <message>
        <source>ALARM — entry {seq} no longer has the hash verified on this computer before ({hash}): the history was rewritten. The old pin is kept as evidence.</source>
        <translation>警报 — 第 {seq} 条的哈希已不是本机此前验证的值（{hash}）：历史被改写。旧的固定点已作为证据保留。</translation>
    </message>
    <message>
        <source>Rewritten: this entry no longer has the pinned hash</source>
        <translation>已改写：该条目的哈希不再是固定的值</translation>
    </message>
    <message>
        <source>An entry after entry {head} lacks what every entry has. Everything before it verified ({n} entries).</source>
        <translation>第 {head} 条之后的某个条目缺少每个条目都应有的字段。它之前的全部条目验证通过（{n} 条）。</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>login</source>
        <extracomment>Enum values shown inside sentences (scopes, reasons, severities, alert kinds, teams…).</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <source>trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>提币</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>account compromise</source>
        <translation>账户被盗</translation>
    </message>
    <message>
        <source>phishing report</source>
        <translation>钓鱼举报</translation>
    </message>
    <message>
        <source>suspicious withdrawal</source>
        <translation>可疑提币</translation>
    </message>
    <message>
        <source>legal order</source>
        <translation>法律命令</translation>
    </message>
    <message>
        <source>client&apos;s request</source>
        <translation>客户本人要求</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>new device login</source>
        <translation>新设备登录</translation>
    </message>
    <message>
        <source>withdrawal to a new address</source>
        <translation>提币到新地址</translation>
    </message>
    <message>
        <source>SIM swap report</source>
        <translation>SIM 卡被换报告</translation>
    </message>
    <message>
        <source>API key used from a new IP</source>
        <translation>API 密钥从新 IP 使用</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>unusual volume</source>
        <translation>交易量异常</translation>
    </message>
    <message>
        <source>fee request</source>
        <translation>费率申请</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>提币申请</translation>
    </message>
    <message>
        <source>API access request</source>
        <translation>API 权限申请</translation>
    </message>
    <message>
        <source>{actor} signed in</source>
        <extracomment>One sentence per action; ``{actor}`` is a staff member&apos;s name or &quot;The platform&quot;.</extracomment>
        <translation>{actor} 登录</translation>
    </message>
    <message>
        <source>A sign-in as {username} failed</source>
        <translation>以 {username} 登录失败</translation>
    </message>
    <message>
        <source>{actor} confirmed with a fresh code</source>
        <translation>{actor} 用新验证码完成了确认</translation>
    </message>
    <message>
        <source>A code entered by {username} was refused</source>
        <translation>{username} 输入的验证码被拒绝</translation>
    </message>
    <message>
        <source>{username} was locked out after {failures} failed attempts</source>
        <translation>{username} 连续失败 {failures} 次后被锁定</translation>
    </message>
    <message>
        <source>A used sign-in token came back: every session of {actor} ended</source>
        <translation>已用过的登录令牌再次出现：{actor} 的所有会话已结束</translation>
    </message>
    <message>
        <source>{actor} signed out</source>
        <translation>{actor} 退出登录</translation>
    </message>
    <message>
        <source>{actor} changed {target}: {changed}</source>
        <translation>{actor} 修改了 {target}：{changed}</translation>
    </message>
    <message>
        <source>{actor} froze {target}: {scopes} — {reason}</source>
        <translation>{actor} 冻结了 {target}：{scopes} — {reason}</translation>
    </message>
    <message>
        <source>{actor} widened the freeze of {target} to {scopes} — {reason}</source>
        <translation>{actor} 将 {target} 的冻结范围扩大到 {scopes} — {reason}</translation>
    </message>
    <message>
        <source>{actor} lifted the freeze of {target} (asked for by {requester})</source>
        <translation>{actor} 解除了 {target} 的冻结（由 {requester} 申请）</translation>
    </message>
    <message>
        <source>{actor} exported the conversations of {target} as {format} (tickets: {count})</source>
        <translation>{actor} 将 {target} 的对话记录导出为 {format}（工单数：{count}）</translation>
    </message>
    <message>
        <source>{actor} asked to lift the freeze of {client}: {reason}</source>
        <translation>{actor} 申请解除 {client} 的冻结：{reason}</translation>
    </message>
    <message>
        <source>{actor} approved lifting the freeze of {client}</source>
        <translation>{actor} 批准解除 {client} 的冻结</translation>
    </message>
    <message>
        <source>{actor} kept the freeze of {client} (request rejected)</source>
        <translation>{actor} 维持 {client} 的冻结（申请被驳回）</translation>
    </message>
    <message>
        <source>{client} opened ticket {target}</source>
        <translation>{client} 创建了工单 {target}</translation>
    </message>
    <message>
        <source>{actor} wrote on ticket {target}</source>
        <translation>{actor} 在工单 {target} 中回复</translation>
    </message>
    <message>
        <source>{actor} added an internal note to ticket {target}</source>
        <translation>{actor} 在工单 {target} 中添加了内部备注</translation>
    </message>
    <message>
        <source>The client wrote on ticket {target}</source>
        <translation>客户在工单 {target} 中留言</translation>
    </message>
    <message>
        <source>{actor} assigned ticket {target} to {to}</source>
        <translation>{actor} 将工单 {target} 分配给 {to}</translation>
    </message>
    <message>
        <source>{actor} moved ticket {target} from {from} to {to}</source>
        <translation>{actor} 将工单 {target} 从 {from} 改为 {to}</translation>
    </message>
    <message>
        <source>{actor} escalated ticket {target} to {team}</source>
        <translation>{actor} 将工单 {target} 升级到 {team}</translation>
    </message>
    <message>
        <source>{actor} attached {filename} to ticket {target}</source>
        <translation>{actor} 为工单 {target} 添加了附件 {filename}</translation>
    </message>
    <message>
        <source>{actor} asked for {kind} {target} for {client} (rule {rule})</source>
        <translation>{actor} 为 {client} 提交了{kind} {target}（规则 {rule}）</translation>
    </message>
    <message>
        <source>{actor} approved {kind} {target}</source>
        <translation>{actor} 批准了{kind} {target}</translation>
    </message>
    <message>
        <source>{actor} rejected {kind} {target}</source>
        <translation>{actor} 驳回了{kind} {target}</translation>
    </message>
    <message>
        <source>{actor} cancelled {kind} {target}</source>
        <translation>{actor} 撤销了{kind} {target}</translation>
    </message>
    <message>
        <source>{kind} {target} was applied to {client}</source>
        <translation>{kind} {target} 已对 {client} 生效</translation>
    </message>
    <message>
        <source>{kind} {target} expired</source>
        <translation>{kind} {target} 已过期</translation>
    </message>
    <message>
        <source>The rule {rule} blocked {actor}&apos;s {kind} for {target}</source>
        <translation>规则 {rule} 阻止了 {actor} 对 {target} 的{kind}</translation>
    </message>
    <message>
        <source>{actor} was refused {target}</source>
        <translation>{actor} 被拒绝访问 {target}</translation>
    </message>
    <message>
        <source>A {severity} alert was raised on {target}: {kind}</source>
        <translation>{target} 触发了一条{severity}警报：{kind}</translation>
    </message>
    <message>
        <source>{actor} acknowledged alert {alert} on {target}</source>
        <translation>{actor} 确认了 {target} 的警报 {alert}</translation>
    </message>
    <message>
        <source>{actor} dismissed alert {alert} on {target}: {note}</source>
        <translation>{actor} 忽略了 {target} 的警报 {alert}：{note}</translation>
    </message>
    <message>
        <source>{actor} froze {target} in answer to alert {alert}</source>
        <translation>{actor} 因警报 {alert} 冻结了 {target}</translation>
    </message>
    <message>
        <source>{actor}: {action} {target}</source>
        <translation>{actor}：{action} {target}</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n tickets · Enter opens one</source>
        <translation>
            <numerusform>共 %n 个工单，显示前 {shown} 个 · 按 Enter 打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets · Enter opens one</source>
        <translation>
            <numerusform>%n 个工单 · 按 Enter 打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>The tickets behind the figure; Enter opens one</source>
        <translation>此数据背后的工单；按回车键打开</translation>
    </message>
</context>
<context>
    <name>BusyWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP 服务台</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>将数据保存为 CSV</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>将数据保存为 CSV…</translation>
    </message>
    <message>
        <source>Save this chart as a picture or its data as CSV</source>
        <translation>将此图表保存为图片，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Arrow keys move between the bars; Enter opens the tickets behind one</source>
        <translation>方向键在各柱之间移动；按回车键打开该柱对应的工单</translation>
    </message>
    <message>
        <source>The rows behind this figure</source>
        <translation>此数据背后的明细</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Client uid or name…</source>
        <translation>客户 UID 或姓名…</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>API-access request</source>
        <translation>API 权限申请</translation>
    </message>
    <message>
        <source>Make a request for this client</source>
        <translation>为此客户提出申请</translation>
    </message>
    <message>
        <source>Reply to open ticket</source>
        <extracomment>The client&apos;s version when the person began editing (the edit&apos;s If-Match). Shows a conflict; tests replace it to answer without a modal loop.</extracomment>
        <translation>回复未结工单</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选渠道</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation>KYC 等级</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>30-day volume</source>
        <translation>30 日交易量</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24 小时提币限额</translation>
    </message>
    <message>
        <source>API rate tier</source>
        <translation>API 限频等级</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP 白名单</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>标签和备注</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. otc, market-maker</source>
        <translation>用逗号分隔，例如 otc, market-maker</translation>
    </message>
    <message>
        <source>Notes about this client (visible to all staff)</source>
        <translation>关于此客户的备注（所有员工可见）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Resolve conflict…</source>
        <translation>解决冲突…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>申请…</translation>
    </message>
    <message>
        <source>FROZEN since {since} — {scopes} — {reason}{note}</source>
        <translation>自 {since} 起冻结 — {scopes} — {reason}{note}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>FROZEN — {scopes}</source>
        <translation>已冻结 — {scopes}</translation>
    </message>
    <message>
        <source>none (any IP)</source>
        <translation>无（任意 IP）</translation>
    </message>
    <message>
        <source>maker {maker} bps / taker {taker} bps</source>
        <translation>挂单 {maker} bps / 吃单 {taker} bps</translation>
    </message>
    <message>
        <source>custom, expires in {t}</source>
        <translation>自定义，{t}后到期</translation>
    </message>
    <message>
        <source>custom, expired</source>
        <translation>自定义，已到期</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>tier schedule</source>
        <translation>按等级费率</translation>
    </message>
    <message>
        <source>This client has no open ticket</source>
        <translation>此客户没有未结工单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Fee request</source>
        <translation>费率申请</translation>
    </message>
    <message>
        <source>Withdrawal request</source>
        <translation>提币申请</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Someone else changed this client: choose a version.</source>
        <translation>此客户资料已被他人修改：请选择要保留的版本。</translation>
    </message>
    <message>
        <source>Saved here; sending…</source>
        <translation>已在本地保存，正在发送…</translation>
    </message>
    <message>
        <source>Opens one of this client&apos;s open tickets to answer it</source>
        <translation>打开该客户的一个未结工单进行回复</translation>
    </message>
    <message>
        <source>The client&apos;s tags, separated by commas</source>
        <translation>客户标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Notes about this client, seen by all staff</source>
        <translation>关于该客户的备注，所有员工可见</translation>
    </message>
    <message>
        <source>Saves the tags and notes</source>
        <translation>保存标签和备注</translation>
    </message>
    <message>
        <source>Someone else changed this client meanwhile: choose what to keep</source>
        <translation>其他人同时修改了该客户：请选择保留哪个版本</translation>
    </message>
    <message>
        <source>The client&apos;s tickets and requests, newest first; Enter opens one</source>
        <translation>该客户的工单和申请，最新的在前；按回车键打开</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request, sent for approval</source>
        <translation>费率、提币或 API 权限申请，提交审批</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>The chosen client&apos;s details, notes, activity and exports</source>
        <translation>所选客户的详情、备注、动态和导出记录</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>30-day volume (USD)</source>
        <translation>30 日交易量（USD）</translation>
    </message>
    <message>
        <source>Assets (USD)</source>
        <translation>资产（USD）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Search uid, name or e-mail…</source>
        <extracomment>How &quot;reply to open ticket&quot; opens a ticket: in the main window&apos;s Lanes section when this screen lives in a window that can (``open_ticket``), else in a window of its own.</extracomment>
        <translation>搜索 UID、姓名或邮箱…</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>No client matches these filters.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <source>Book of {name}</source>
        <translation>{name} 名下客户</translation>
    </message>
    <message>
        <source>Ticket {id}</source>
        <translation>工单 {id}</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Narrows the list to clients whose uid, name or e-mail contains this</source>
        <translation>只列出 UID、姓名或邮箱包含此内容的客户</translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation>客户范围</translation>
    </message>
    <message>
        <source>Shows your book or every client</source>
        <translation>显示我的客户或全部客户</translation>
    </message>
    <message>
        <source>Shows only clients of this VIP tier</source>
        <translation>只显示此 VIP 等级的客户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Shows only clients who speak this language</source>
        <translation>只显示使用此语言的客户</translation>
    </message>
    <message>
        <source>Shows only active or only frozen clients</source>
        <translation>只显示正常或已冻结的客户</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Shows only clients with this tag</source>
        <translation>只显示带有此标签的客户</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The clients that match the filters; the chosen one&apos;s profile is beside</source>
        <translation>符合筛选条件的客户；所选客户的资料显示在旁边</translation>
    </message>
</context>
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Something went wrong inside VIP Desk. Your work is kept: actions you took are saved and will still be sent. You can carry on; if it happens again, send the details below to IT support.</source>
        <translation>VIP 服务台内部出现了问题。您的工作没有丢失：已做的操作均已保存，仍会发送。您可以继续工作；如果再次发生，请把下面的详细信息发给 IT 支持。</translation>
    </message>
    <message>
        <source>The log is kept in: {path}</source>
        <translation>日志保存在：{path}</translation>
    </message>
    <message>
        <source>VIP Desk ran into a problem</source>
        <translation>VIP 服务台遇到问题</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>0–1 h</source>
        <translation>0–1 小时</translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 小时</translation>
    </message>
    <message>
        <source>≥ 3 d</source>
        <translation>3 天及以上</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 小时</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API 权限</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>账户被盗</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Active freezes</source>
        <translation>生效中的冻结</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>当前已超时</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Client&apos;s request</source>
        <translation>客户申请</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>First responses settled on {day}</source>
        <translation>{day} 已判定的首次响应</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting · the oldest for {age}</source>
        <translation>
            <numerusform>%n 个待审批 · 最久已等待 {age}</numerusform>
        </translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结范围</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个未处理</numerusform>
        </translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Legal order</source>
        <translation>司法命令</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Median (minutes)</source>
        <translation>中位数（分钟）</translation>
    </message>
    <message>
        <source>Median first response per tier</source>
        <translation>各等级首次响应时间中位数</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>No active freezes.</source>
        <translation>没有生效中的冻结。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Open risk alerts by severity</source>
        <translation>按严重程度统计的未处理风险警报</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Open tickets per lane</source>
        <translation>各通道未结工单</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phishing report</source>
        <translation>钓鱼举报</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requests waiting for approval, by age</source>
        <translation>待审批申请（按等待时长）</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Resolutions settled on {day}</source>
        <translation>{day} 已判定的解决</translation>
    </message>
    <message>
        <source>SLA breaches by tier and category</source>
        <translation>按等级和类别统计的 SLA 超时</translation>
    </message>
    <message>
        <source>SLA met per channel (%)</source>
        <translation>各渠道 SLA 达标率（%）</translation>
    </message>
    <message>
        <source>SLA met per day (%)</source>
        <translation>每日 SLA 达标率（%）</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n 个生效中</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Suspicious withdrawal</source>
        <translation>可疑提币</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tickets answered</source>
        <translation>已响应工单</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Tickets opened per channel</source>
        <translation>各渠道新建工单</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>等待开始时间</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提币</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>提币</translation>
    </message>
    <message>
        <source>{channel}: first responses settled, missed first</source>
        <translation>{channel}：已判定的首次响应（未达标在前）</translation>
    </message>
    <message>
        <source>{channel}: resolutions settled, missed first</source>
        <translation>{channel}：已判定的解决（未达标在前）</translation>
    </message>
    <message>
        <source>{channel}: tickets opened in the period</source>
        <translation>{channel}：期间内新建的工单</translation>
    </message>
    <message>
        <source>{clock} %</source>
        <translation>{clock} %</translation>
    </message>
    <message>
        <source>{clock} met</source>
        <translation>{clock}达标</translation>
    </message>
    <message>
        <source>{clock} missed</source>
        <translation>{clock}未达标</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{kind} requests waiting {age}</source>
        <translation>等待 {age} 的{kind}申请</translation>
    </message>
    <message>
        <source>{lane}: breached now</source>
        <translation>{lane}：当前已超时</translation>
    </message>
    <message>
        <source>{lane}: open tickets</source>
        <translation>{lane}：未结工单</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{severity} risk alerts ({status})</source>
        <translation>{severity}风险警报（{status}）</translation>
    </message>
    <message>
        <source>{tier} · {category}: SLA breaches</source>
        <translation>{tier} · {category}：SLA 超时</translation>
    </message>
    <message>
        <source>{tier}: tickets opened in the period and answered, slowest first</source>
        <translation>{tier}：期间内新建且已响应的工单（最慢在前）</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Sync&apos;s changes are drawn this long after the last page (pages come in bursts). Figures that move with the clock alone (breaches now, ages) are read again this often. Entities whose changes move a figure. Between two cards&apos; drawing: a timer, not a posted call, so the card just drawn is painted in a turn of its own (a posted call ran in the same turn as the paint: 11–15 ms at once).</extracomment>
        <translation>我的</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>The team&apos;s figures are for supervisors.</source>
        <translation>团队数据仅供主管查看。</translation>
    </message>
    <message>
        <source>Updated {time} · the last {days} days, in your time zone ({tz})</source>
        <translation>更新于 {time} · 最近 {days} 天，按您的时区（{tz}）</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <source>Your own figures, or your team&apos;s (for supervisors)</source>
        <translation>我自己的数据，或团队的数据（主管可用）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Every chart of the dashboard; each one exports to PNG and CSV</source>
        <translation>仪表盘的全部图表；每个都可导出为 PNG 和 CSV</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>A comment has at most {n} characters.</source>
        <translation>备注最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>备注（驳回时必填）</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>申请理由</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Rule {rule}</source>
        <translation>规则 {rule}</translation>
    </message>
    <message>
        <source>Say why you reject it: the requester reads your comment.</source>
        <translation>请说明驳回原因：申请人会看到您的备注。</translation>
    </message>
    <message>
        <source>This rule asks for a fresh TOTP code: you will be asked for yours when your approval is sent.</source>
        <translation>此规则要求最新的 TOTP 验证码：发送批准时会请您输入。</translation>
    </message>
    <message>
        <source>You approve exactly this:</source>
        <translation>您批准的正是以下内容：</translation>
    </message>
    <message>
        <source>You reject this:</source>
        <translation>您驳回的是以下内容：</translation>
    </message>
    <message>
        <source>{asked} (now {now})</source>
        <translation>{asked}（当前 {now}）</translation>
    </message>
    <message>
        <source>{kind} for {client} ({uid}, {tier})</source>
        <translation>{client}（{uid}，{tier}）的{kind}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>请至少选择一个工单。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>导出状态</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>导出对话记录</translation>
    </message>
    <message>
        <source>Export transcript — {name}</source>
        <translation>导出对话记录 — {name}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>保存到文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Include them, marked as internal</source>
        <translation>包含，并标明为内部备注</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 数据</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation>正在生成文件…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>未导出任何内容：{reason}</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Reading threads from the platform ({n})…</source>
        <translation>正在从平台读取对话（{n} 个）…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason for the export</source>
        <translation>导出原因</translation>
    </message>
    <message>
        <source>Record and export</source>
        <translation>登记并导出</translation>
    </message>
    <message>
        <source>Recording the export with the platform…</source>
        <translation>正在平台登记本次导出…</translation>
    </message>
    <message>
        <source>Records the export with the platform (a fresh code is asked for), then writes the file</source>
        <translation>先在平台登记本次导出（需要输入新的验证码），再写入文件</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>The export was recorded ({id}) but the file could not be written ({reason}). Choose another place and press the button again: the same file is written.</source>
        <translation>导出已登记（{id}），但文件无法写入（{reason}）。请选择其他位置后再次点击按钮：写入的是同一份文件。</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tickets to export</source>
        <translation>要导出的工单</translation>
    </message>
    <message>
        <source>VIP Desk is not connected to the platform: an export must be recorded there first. Try again when online.</source>
        <translation>VIP 服务台尚未连接到平台：导出必须先在平台登记。请在联网后重试。</translation>
    </message>
    <message>
        <source>Why this transcript leaves the desk (the client&apos;s request, a compliance case…)</source>
        <translation>为什么要导出这份对话记录（客户本人要求、合规案件…）</translation>
    </message>
    <message>
        <source>Write a reason of {a} to {b} characters.</source>
        <translation>请填写 {a} 到 {b} 个字符的原因。</translation>
    </message>
    <message>
        <source>Write the file again</source>
        <translation>重新写入文件</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Written to {path}.
Recorded as export {id}.
SHA-256: {sha}</source>
        <translation>已写入 {path}。
已登记为导出 {id}。
SHA-256：{sha}</translation>
    </message>
</context>
<context>
    <name>FeeRequestForm</name>
    <message>
        <source>&amp;Maker rate (bps)</source>
        <translation>挂单费率（基点）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Taker rate (bps)</source>
        <translation>吃单费率（基点）(&amp;T)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Fee schedule for {client} ({uid}): {rates}</source>
        <translation>{client}（{uid}）的费率：{rates}</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation>挂单费率（基点）</translation>
    </message>
    <message>
        <source>Request a custom fee schedule</source>
        <translation>申请定制费率</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Taker</source>
        <translation>吃单</translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation>吃单费率（基点）</translation>
    </message>
    <message>
        <source>Tier&apos;s rates</source>
        <translation>等级费率</translation>
    </message>
    <message>
        <source>e.g. 4.5</source>
        <translation>例如 4.5</translation>
    </message>
    <message>
        <source>e.g. 8</source>
        <translation>例如 8</translation>
    </message>
    <message>
        <source>Which markets the schedule applies to: spot, futures or both</source>
        <translation>费率适用的市场：现货、合约或两者</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>the 24×7 security line on your desk card</source>
        <translation>您服务台卡片上的 24×7 安全热线</translation>
    </message>
    <message>
        <source>Freeze account — {name}</source>
        <translation>冻结账户 — {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation>{what}（{key}）</translation>
    </message>
    <message>
        <source>Freeze {scope}</source>
        <translation>冻结{scope}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What happened (required for &apos;other&apos;, at least {n} characters)</source>
        <translation>发生了什么（原因为“其他”时必填，至少 {n} 个字符）</translation>
    </message>
    <message>
        <source>Alerts this freeze answers</source>
        <translation>此次冻结所处理的警报</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将会发生什么</translation>
    </message>
    <message>
        <source>6-digit code (asked for if left empty)</source>
        <translation>6 位验证码（留空则稍后询问）</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Freeze now</source>
        <translation>立即冻结(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>验证码(&amp;C)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>{n} of at least {min} characters</source>
        <translation>{n} 个字符，至少需要 {min} 个</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Freeze {name} ({uid}): {scopes}</source>
        <translation>冻结 {name}（{uid}）：{scopes}</translation>
    </message>
    <message>
        <source>Sending the freeze to the platform… The account is not frozen until the platform confirms.</source>
        <translation>正在将冻结发送到平台… 平台确认之前，账户尚未冻结。</translation>
    </message>
    <message>
        <source>FROZEN — the platform confirmed the freeze of {name} ({uid}) at {time}: {scopes}. Freeze {id}.</source>
        <translation>已冻结 — 平台已于 {time} 确认冻结 {name}（{uid}）：{scopes}。冻结编号 {id}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <source>The account of {name} ({uid}) is NOT frozen. {reason} If the client is at risk now, call {line} and ask for the freeze by phone.</source>
        <translation>{name}（{uid}）的账户未被冻结。{reason} 如果客户现在处于风险中，请拨打{line}，通过电话申请冻结。</translation>
    </message>
</context>
<context>
    <name>FreezesView</name>
    <message>
        <source>Active freezes</source>
        <translation>生效中的冻结</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结范围</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>For</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>冻结人</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>&amp;Request unfreeze…</source>
        <translation>申请解冻(&amp;R)…</translation>
    </message>
    <message>
        <source>Ask a second officer to lift this freeze (Ctrl+Shift+U)</source>
        <translation>请另一位专员解除此冻结 (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>A&amp;pprove lifting</source>
        <translation>批准解除(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>{who} asked: {reason}</source>
        <translation>{who} 申请：{reason}</translation>
    </message>
    <message>
        <source>Choose a freeze to see it and lift it.</source>
        <translation>选择一条冻结以查看和解除。</translation>
    </message>
    <message>
        <source>{name} ({uid}) frozen since {since} by {by}: {scopes} — {reason}</source>
        <translation>{name}（{uid}）自 {since} 起被 {by} 冻结：{scopes} — {reason}</translation>
    </message>
    <message>
        <source>Only security officers lift freezes.</source>
        <translation>只有安全专员可以解除冻结。</translation>
    </message>
    <message>
        <source>You asked to lift this freeze, so another security officer must approve it (dual control). You can still withdraw it with Reject.</source>
        <translation>解除此冻结是你申请的，因此必须由另一位安全专员批准（双人控制）。你仍可以用“驳回”撤回申请。</translation>
    </message>
    <message>
        <source>{who} asked to lift this freeze; approving needs a fresh code.</source>
        <translation>{who} 申请解除此冻结；批准需要新的验证码。</translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation>请写一个 10 到 2000 个字符的原因。</translation>
    </message>
    <message>
        <source>Request unfreeze</source>
        <translation>申请解冻</translation>
    </message>
    <message>
        <source>Why may {name} ({uid}) be unfrozen? A second security officer reads this before approving.</source>
        <translation>为什么可以解除 {name}（{uid}）的冻结？另一位安全专员会在批准前阅读。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Ask to lift the freeze of {name} ({uid})</source>
        <translation>申请解除 {name}（{uid}）的冻结</translation>
    </message>
    <message>
        <source>Asking to lift the freeze…</source>
        <translation>正在申请解除冻结…</translation>
    </message>
    <message>
        <source>Lift the freeze of {name} ({uid})</source>
        <translation>解除 {name}（{uid}）的冻结</translation>
    </message>
    <message>
        <source>Keep the freeze of {name} ({uid})</source>
        <translation>维持 {name}（{uid}）的冻结</translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation>正在发送你的决定…</translation>
    </message>
    <message>
        <source>Asked at {time}: another security officer must approve.</source>
        <translation>已于 {time} 申请：需由另一位安全专员批准。</translation>
    </message>
    <message>
        <source>Lifted at {time}: the client is no longer frozen.</source>
        <translation>已于 {time} 解除：该客户不再被冻结。</translation>
    </message>
    <message>
        <source>Rejected at {time}: the freeze stays.</source>
        <translation>已于 {time} 驳回：冻结继续有效。</translation>
    </message>
    <message>
        <source>Done at {time}.</source>
        <translation>已于 {time} 完成。</translation>
    </message>
    <message>
        <source>Nothing changed: {reason}</source>
        <translation>未做任何更改：{reason}</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source> · used {n}×</source>
        <translation> · 已用 {n} 次</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Help articles</source>
        <translation>帮助文章</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <source>Insert the title, a two-line summary and the link (Enter in the list)</source>
        <translation>插入标题、两行摘要和链接（在列表中按 Enter）</translation>
    </message>
    <message>
        <source>Language of the articles</source>
        <translation>文章语言</translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation>匹配的文章</translation>
    </message>
    <message>
        <source>No article matches. Try fewer or other words.</source>
        <translation>没有匹配的文章。请减少关键词或换个说法。</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>搜索帮助文章</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>搜索帮助文章…</translation>
    </message>
    <message>
        <source>Ticket&apos;s language first</source>
        <translation>工单语言优先</translation>
    </message>
    <message>
        <source>Articles found: {n}</source>
        <translation>找到 {n} 篇文章</translation>
    </message>
    <message>
        <source>The ticket&apos;s language first, or only the articles in one language</source>
        <translation>优先显示工单语言的文章，或只显示某一语言的文章</translation>
    </message>
    <message>
        <source>Articles that match the search; Enter inserts the chosen one into the reply</source>
        <translation>与搜索匹配的文章；按回车键将所选文章插入回复</translation>
    </message>
    <message>
        <source>The chosen article</source>
        <translation>所选文章</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>图片查看器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} 像素</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>VIP priority</source>
        <translation>VIP 优先</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m:02d} m</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
    <message>
        <source>{m} m {s:02d} s</source>
        <translation>{m} 分 {s:02d} 秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>−{t}</source>
        <translation>−{t}</translation>
    </message>
    <message>
        <source>no SLA clock running</source>
        <translation>SLA 未计时</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>后续响应</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>{clock}: {state}</source>
        <translation>{clock}：{state}</translation>
    </message>
    <message>
        <source>All tickets</source>
        <extracomment>More changed tickets than this since the index was read: wait for the full recompute. Entities whose changes a patch covers (lanes read only ticket rows; a message changes its ticket&apos;s row too). Anything else (a client&apos;s tier, the outbox…) waits for the full index.</extracomment>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Choose a ticket to read it here.</source>
        <translation>选择一个工单，在此查看。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No tickets in this lane.</source>
        <translation>此通道中没有工单。</translation>
    </message>
    <message>
        <source>not counting</source>
        <translation>未计时</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>{name} — FROZEN</source>
        <translation>{name} — 已冻结</translation>
    </message>
    <message>
        <source>Whose tickets</source>
        <translation>工单范围</translation>
    </message>
    <message>
        <source>Shows all tickets, yours or the unassigned ones</source>
        <translation>显示全部工单、我的工单或未分配的工单</translation>
    </message>
    <message>
        <source>Shows only tickets written in this language</source>
        <translation>只显示使用此语言的工单</translation>
    </message>
    <message>
        <source>Shows only tickets that came by this channel</source>
        <translation>只显示来自此渠道的工单</translation>
    </message>
    <message>
        <source>Tickets of this lane · {key}</source>
        <translation>此通道的工单 · {key}</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>工单通道</translation>
    </message>
    <message>
        <source>Each lane with its count of tickets and of late ones; Alt+1 to Alt+5</source>
        <translation>各通道及其工单数和超时数；Alt+1 至 Alt+5</translation>
    </message>
    <message>
        <source>Tickets of the lane</source>
        <translation>通道内的工单</translation>
    </message>
    <message>
        <source>SLA time left first; Enter opens the ticket</source>
        <translation>首列为 SLA 剩余时间；按回车键打开工单</translation>
    </message>
</context>
<context>
    <name>LanesSection</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 个超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a breached SLA</source>
        <translation>
            <numerusform>%n 个 SLA 已超时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>{time} ({day}, {zone})</source>
        <translation>{time}（{day}，{zone}）</translation>
    </message>
    <message>
        <source>{time} ({zone})</source>
        <translation>{time}（{zone}）</translation>
    </message>
    <message>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>&amp;About VIP Desk</source>
        <translation>关于 VIP 服务台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search clients and tickets…</source>
        <translation>搜索客户和工单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Client profiles are not available here.</source>
        <translation>此处无法查看客户资料。</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>切换为 {name}</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>同步问题(&amp;P)…</translation>
    </message>
    <message>
        <source>Tickets are not available here.</source>
        <translation>此处无法查看工单。</translation>
    </message>
    <message>
        <source>VIP Desk — {name}</source>
        <translation>VIP 服务台 — {name}</translation>
    </message>
    <message>
        <source>{title} ({shortcut})</source>
        <translation>{title}（{shortcut}）</translation>
    </message>
    <message>
        <source>Requests are not available here.</source>
        <translation>此处无法使用申请功能。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>The screens of VIP Desk; Ctrl+1 and on go straight to one</source>
        <translation>VIP Desk 的各个界面；Ctrl+1 起可直接跳转</translation>
    </message>
</context>
<context>
    <name>NotesConflict</name>
    <message>
        <source>Someone else changed this client</source>
        <translation>此客户资料已被他人修改</translation>
    </message>
    <message>
        <source>Notes or tags of {uid} were changed by someone else while your edit was on its way. Choose which version to keep.</source>
        <translation>您的修改发送期间，{uid} 的备注或标签已被他人修改。请选择要保留的版本。</translation>
    </message>
    <message>
        <source>Tags: {t}</source>
        <translation>标签：{t}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your version&lt;/b&gt;</source>
        <translation>&lt;b&gt;您的版本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the server now&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务器上的当前版本&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <extracomment>At most this many tickets are named one by one in one round; the rest are counted.</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation>VIP 服务台</translation>
    </message>
    <message>
        <source>Emergency lane</source>
        <translation>紧急通道</translation>
    </message>
    <message>
        <source>Emergency: {client}</source>
        <translation>紧急：{client}</translation>
    </message>
    <message>
        <source>About to breach: {client}</source>
        <translation>即将超时：{client}</translation>
    </message>
    <message>
        <source>More tickets need you</source>
        <translation>还有更多工单需要您处理</translation>
    </message>
    <message>
        <source>Opens what the notice is about</source>
        <translation>打开此通知涉及的内容</translation>
    </message>
    <message>
        <source>Hides this notice</source>
        <translation>隐藏此通知</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n tickets of your book are in Emergency.</source>
        <translation>
            <numerusform>您名下客户有 %n 个工单处于紧急状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more tickets entered Emergency or are about to breach.</source>
        <translation>
            <numerusform>另有 %n 个工单进入紧急状态或即将超时。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only a supervisor can change a client&apos;s account manager.</source>
        <translation>只有主管可以更换客户的客户经理。</translation>
    </message>
    <message>
        <source>Only a {role} can approve this request.</source>
        <translation>只有{role}可以批准此申请。</translation>
    </message>
    <message>
        <source>Only account managers and supervisors can make requests for clients.</source>
        <translation>只有客户经理和主管可以为客户提出申请。</translation>
    </message>
    <message>
        <source>Only security officers can freeze or unfreeze accounts.</source>
        <translation>只有安全官可以冻结或解冻账户。</translation>
    </message>
    <message>
        <source>Only supervisors and security officers can read the audit log.</source>
        <translation>只有主管和安全官可以查看审计日志。</translation>
    </message>
    <message>
        <source>Only the person who made this request can cancel it.</source>
        <translation>只有申请人本人可以撤销此申请。</translation>
    </message>
    <message>
        <source>Only this client&apos;s account manager or a supervisor can make requests for this client.</source>
        <translation>只有该客户的客户经理或主管可以为其提出申请。</translation>
    </message>
    <message>
        <source>This client&apos;s account is frozen, so no request can be made until it is lifted.</source>
        <translation>该客户账户已冻结，解冻前不能提出任何申请。</translation>
    </message>
    <message>
        <source>This freeze has already been lifted.</source>
        <translation>此冻结已解除。</translation>
    </message>
    <message>
        <source>This request is no longer waiting for a decision.</source>
        <translation>此申请已不再等待决定。</translation>
    </message>
    <message>
        <source>You asked for this freeze to be lifted, so a different security officer must approve it (dual control).</source>
        <translation>是您申请解除此冻结，须由另一名安全官批准（双人控制）。</translation>
    </message>
    <message>
        <source>You have already given your decision on this request.</source>
        <translation>您已对此申请作出决定。</translation>
    </message>
    <message>
        <source>You made this request, so someone else must approve it (maker-checker).</source>
        <translation>这是您提出的申请，须由他人批准（双人复核）。</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>安全官</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
</context>
<context>
    <name>PoliciesView</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Client&apos;s tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Kind of withdrawal request</source>
        <translation>提币申请类型</translation>
    </message>
    <message>
        <source>Maker rate (bps)</source>
        <translation>挂单费率（基点）</translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation>挂单费率（基点）</translation>
    </message>
    <message>
        <source>No problem found: every rule can decide some request, every approval can be given, every kind of request has a rule that allows it.</source>
        <translation>未发现问题：每条规则都可能决定某些申请，每项审批都有人能给出，每类申请都有允许它的规则。</translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation>限频等级</translation>
    </message>
    <message>
        <source>Rules in the order they are applied</source>
        <translation>按应用顺序排列的规则</translation>
    </message>
    <message>
        <source>Taker rate (bps)</source>
        <translation>吃单费率（基点）</translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation>吃单费率（基点）</translation>
    </message>
    <message>
        <source>The rules the server applies, {order}: the first rule that matches a request decides it; a request no rule matches is blocked.</source>
        <translation>服务器执行的规则（{order}）：第一条匹配的规则决定结果；没有任何规则匹配的申请会被拒绝。</translation>
    </message>
    <message>
        <source>These rules cannot be read here: {problem}</source>
        <translation>本机无法解读这些规则：{problem}</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>价值（美元）</translation>
    </message>
    <message>
        <source>Value in USD</source>
        <translation>美元价值</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>假设…</translation>
    </message>
    <message>
        <source>Write the amounts as plain numbers, e.g. 4.5.</source>
        <translation>请用普通数字填写金额，例如 4.5。</translation>
    </message>
    <message>
        <source>empties a whitelist that is not empty</source>
        <translation>清空非空的白名单</translation>
    </message>
    <message>
        <source>expedite</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>in the order the server gave</source>
        <translation>顺序与服务器提供的一致</translation>
    </message>
    <message>
        <source>in the order this desk last had them</source>
        <translation>顺序为本机最近一次获取的顺序</translation>
    </message>
    <message>
        <source>limit increase</source>
        <translation>提高限额</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>The approval rules in the order they are applied</source>
        <translation>按执行顺序排列的审批规则</translation>
    </message>
    <message>
        <source>The kind of request to try against the rules</source>
        <translation>用来对照规则试算的申请类型</translation>
    </message>
    <message>
        <source>The tier of the imagined client</source>
        <translation>假设客户的等级</translation>
    </message>
    <message>
        <source>The rate asked, in basis points</source>
        <translation>申请的费率（基点）</translation>
    </message>
    <message>
        <source>The value asked, in US dollars</source>
        <translation>申请的金额（美元）</translation>
    </message>
    <message>
        <source>A higher limit, or a pending withdrawal sped up</source>
        <translation>提高限额，或加急处理一笔待处理提币</translation>
    </message>
    <message>
        <source>The rate-limit tier asked</source>
        <translation>申请的限频等级</translation>
    </message>
    <message>
        <source>Whether the request removes every address of the whitelist</source>
        <translation>该申请是否会清空白名单中的全部地址</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>&amp;Send request</source>
        <translation>发送申请(&amp;S)</translation>
    </message>
    <message>
        <source>(The rules&apos; order is as this desk last had it; the server&apos;s answer decides.)</source>
        <translation>（规则顺序为本机最近一次获取的顺序；以服务器的答复为准。）</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Fill in the values to see which rule decides.</source>
        <translation>填写数值后即可看到由哪条规则决定。</translation>
    </message>
    <message>
        <source>Not ready — {field}: {message}</source>
        <translation>尚未就绪——{field}：{message}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>发送申请</translation>
    </message>
    <message>
        <source>The rules block this request, so the server would refuse it.</source>
        <translation>规则会拒绝此申请，服务器不会接受。</translation>
    </message>
    <message>
        <source>This desk cannot read the rules the server serves ({problem}); the server decides when the request reaches it.</source>
        <translation>本机无法解读服务器提供的规则（{problem}）；申请送达后由服务器决定。</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将会发生什么</translation>
    </message>
    <message>
        <source>Why the client needs this (10 to 2000 characters; the approver reads it)</source>
        <translation>客户为什么需要（10 到 2000 个字符；审批人会阅读）</translation>
    </message>
    <message>
        <source>{name} ({uid}) · {tier}</source>
        <translation>{name}（{uid}）· {tier}</translation>
    </message>
    <message>
        <source>Why the client needs this, for the approver; 10 to 2000 characters</source>
        <translation>客户为何需要此项，供审批人参考；10 到 2000 个字符</translation>
    </message>
    <message>
        <source>Queues the request; it goes for approval when the server has it</source>
        <translation>将申请排入待发送队列；服务器收到后进入审批</translation>
    </message>
    <message>
        <source>Closes the form; nothing is sent</source>
        <translation>关闭表单，不发送任何内容</translation>
    </message>
</context>
<context>
    <name>RequestNotices</name>
    <message numerus="yes">
        <source>%n more requests changed.</source>
        <translation>
            <numerusform>另有 %n 个申请有变动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Approve this request</source>
        <translation>批准此申请</translation>
    </message>
    <message>
        <source>Approve {kind} {id} for {client}</source>
        <translation>批准{client}的{kind} {id}</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest</source>
        <translation>撤销申请(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation>撤销此申请</translation>
    </message>
    <message>
        <source>Cancel {kind} {id} for {client}</source>
        <translation>撤销{client}的{kind} {id}</translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation>客户当地时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deadline {when}: {left}</source>
        <translation>截止 {when}：{left}</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <source>It matches every request of its kind that no earlier rule took.</source>
        <translation>它匹配前面规则未匹配的同类全部申请。</translation>
    </message>
    <message>
        <source>No approval needed: the rule applied it at once.</source>
        <translation>无需审批：规则已立即生效。</translation>
    </message>
    <message>
        <source>Open the client&apos;s profile</source>
        <extracomment>``(verdict, detail, rule) -&gt; comment`` or None when the person closed the dialog; tests replace it to answer without a modal loop.</extracomment>
        <translation>打开客户资料</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Reject this request</source>
        <translation>驳回此申请</translation>
    </message>
    <message>
        <source>Reject {kind} {id} for {client}</source>
        <translation>驳回{client}的{kind} {id}</translation>
    </message>
    <message>
        <source>Rule {rule} (not among the rules served now).</source>
        <translation>规则 {rule}（不在当前提供的规则中）。</translation>
    </message>
    <message>
        <source>Rule {rule}: {sentence}</source>
        <translation>规则 {rule}：{sentence}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n approvals by a {role} given.</source>
        <translation>
            <numerusform>需 %n 位{role}批准，已批准 {given} 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still needed: {n}. Who may approve: {names}.</source>
        <translation>仍需 {n} 项。可审批人：{names}。</translation>
    </message>
    <message>
        <source>The rule that decided it</source>
        <translation>决定它的规则</translation>
    </message>
    <message>
        <source>The server decides which rule applies when the request reaches it.</source>
        <translation>申请送达服务器后，由服务器决定适用哪条规则。</translation>
    </message>
    <message>
        <source>This request is still on its way to the server.</source>
        <translation>此申请仍在发送到服务器的途中。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Wait until your last action on it has reached the server.</source>
        <translation>请等待您对它的上一次操作送达服务器。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>What is asked, against what is in force</source>
        <translation>申请内容与当前生效内容对比</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Why it matched:</source>
        <translation>匹配原因：</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>您的当地时间</translation>
    </message>
    <message>
        <source>Your {action} is on its way to the server.</source>
        <translation>您的{action}正在发送到服务器。</translation>
    </message>
    <message>
        <source>Your {action} was refused by the server: {error}</source>
        <translation>服务器拒绝了您的{action}：{error}</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>{client} ({uid}) · {tier}</source>
        <translation>{client}（{uid}）· {tier}</translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation>{kind}申请 {id}</translation>
    </message>
    <message>
        <source>The client this request is for</source>
        <translation>此申请所属的客户</translation>
    </message>
    <message>
        <source>What happened to the request, who did it and when, in both time zones</source>
        <translation>申请的处理经过：谁在何时操作，两个时区的时间均显示</translation>
    </message>
    <message>
        <source>Asks for a comment, then records it ({key})</source>
        <translation>先填写意见，然后记录（{key}）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>The chosen request: what is asked, the rule, the approvals and its timeline</source>
        <translation>所选申请：申请内容、适用规则、审批情况和时间线</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source> and </source>
        <translation>且</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>&amp;API access…</source>
        <translation>API 权限(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Withdrawal limit or expedite…</source>
        <translation>提币限额或加急(&amp;W)…</translation>
    </message>
    <message>
        <source>24 h limit {amount}</source>
        <translation>24 小时限额 {amount}</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24 小时提币限额</translation>
    </message>
    <message>
        <source>A limit increase is stated in USD.</source>
        <translation>提高限额须以美元表示。</translation>
    </message>
    <message>
        <source>A rate is between 0 and 100 bps (0 % to 1 %).</source>
        <translation>费率须在 0 到 100 基点之间（0 % 到 1 %）。</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API 权限</translation>
    </message>
    <message>
        <source>API rate-limit tier</source>
        <translation>API 限频等级</translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation>API 权限申请</translation>
    </message>
    <message>
        <source>API-access requests</source>
        <translation>API 权限申请</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Any other {what}: {action}.</source>
        <translation>其他所有{what}：{action}。</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Applied at once when the server has it (rule {rule}).</source>
        <translation>服务器收到后立即生效（规则 {rule}）。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Awaiting your approval: {client}</source>
        <extracomment>How long before its deadline a waiting request is &quot;close to its deadline&quot; (seconds).</extracomment>
        <translation>等待您审批：{client}</translation>
    </message>
    <message>
        <source>Blocked by rule {rule}: the server will refuse it.</source>
        <translation>被规则 {rule} 拒绝：服务器不会接受。</translation>
    </message>
    <message>
        <source>Blocked: no rule allows this request, so the server will refuse it.</source>
        <translation>拒绝：没有规则允许此申请，服务器会拒绝它。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Close to its deadline: {client}</source>
        <translation>即将到期：{client}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Custom &amp;fee schedule…</source>
        <translation>定制费率(&amp;F)…</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Discount off the tier</source>
        <translation>相对等级费率的折扣</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>请填写数值。</translation>
    </message>
    <message>
        <source>Expedite withdrawal</source>
        <translation>加急提币</translation>
    </message>
    <message>
        <source>Expedite {amount} ({id})</source>
        <translation>加急 {amount}（{id}）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Fee requests</source>
        <translation>费率申请</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP 白名单</translation>
    </message>
    <message>
        <source>It contains an invisible character ({char}); type it again.</source>
        <translation>其中含有不可见字符（{char}），请重新输入。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>More requests need you</source>
        <translation>还有更多申请需要您处理</translation>
    </message>
    <message>
        <source>No rule allows any {what}: every one is blocked.</source>
        <translation>没有规则允许任何{what}：全部会被拒绝。</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>申请…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rule {rule} can never be the first match: {earlier} always match its requests first.</source>
        <translation>规则 {rule} 永远不会成为首个匹配：{earlier} 总会先匹配它的申请。</translation>
    </message>
    <message>
        <source>Rule {rule} matches no request: its conditions can never hold together.</source>
        <translation>规则 {rule} 不会匹配任何申请：它的条件不可能同时成立。</translation>
    </message>
    <message>
        <source>Say until when the change is valid.</source>
        <translation>请说明变更的有效期。</translation>
    </message>
    <message>
        <source>Say which withdrawal to expedite.</source>
        <translation>请说明要加急哪一笔提币。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read, so only a limit increase in USD can be asked for now.</source>
        <translation>无法读取资产精度和价格，目前只能申请以美元表示的提高限额。</translation>
    </message>
    <message>
        <source>The end of validity can be at most 365 days ahead.</source>
        <translation>有效期最长为 365 天。</translation>
    </message>
    <message>
        <source>The end of validity must be in the future.</source>
        <translation>有效期结束时间必须在未来。</translation>
    </message>
    <message>
        <source>The maker rate cannot be higher than the taker rate.</source>
        <translation>挂单费率不能高于吃单费率。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal places here.</source>
        <translation>
            <numerusform>此处最多保留 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new limit must be above the client&apos;s current limit of {limit} USD.</source>
        <translation>新限额必须高于客户当前的 {limit} 美元。</translation>
    </message>
    <message>
        <source>This changes nothing: the client has these API settings already.</source>
        <translation>没有任何变化：客户已是这些 API 设置。</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>这不是数字。</translation>
    </message>
    <message>
        <source>Tier&apos;s rates ({tier})</source>
        <translation>等级费率（{tier}）</translation>
    </message>
    <message>
        <source>Type the digits as plain 0–9: {char} is not accepted.</source>
        <translation>请用半角数字 0–9 输入：不接受 {char}。</translation>
    </message>
    <message>
        <source>Use a point for decimals (1.5, not 1,5); commas only group thousands, as in 1,000.</source>
        <translation>小数请用小数点（写 1.5，不写 1,5）；逗号只用于千位分隔，如 1,000。</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提币</translation>
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation>提币申请</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</source>
        <translation>
            <numerusform>需在 {hours} 小时内由 %n 名{role}凭最新 TOTP 验证码批准（规则 {rule}）；发送时会请您输入验证码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} within {hours} h (rule {rule}).</source>
        <translation>
            <numerusform>需在 {hours} 小时内由 %n 名{role}批准（规则 {rule}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</source>
        <translation>
            <numerusform>规则 {rule} 需要 %n 位{role}批准，而具有该角色的员工只有 {holders}（申请人不能批准自己的申请）：该规则下的申请永远无法获批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</source>
        <translation>
            <numerusform>规则 {rule} 需要 %n 位{role}批准，而具有该角色的员工只有 {holders}：由于任何人都不能批准自己的申请，{requesters} 提交的申请永远无法获批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a plain number such as 12.5 (digits and one decimal point).</source>
        <translation>请填写普通数字，例如 12.5（数字加一个小数点）。</translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation>请填写 10 到 2000 个字符的理由。</translation>
    </message>
    <message>
        <source>Write it in full digits without an exponent (1000, not 1e3).</source>
        <translation>请写出完整数字，不要用指数（写 1000，不写 1e3）。</translation>
    </message>
    <message>
        <source>Your request expired: {client}</source>
        <translation>您的申请已过期：{client}</translation>
    </message>
    <message>
        <source>Your request was applied: {client}</source>
        <translation>您的申请已生效：{client}</translation>
    </message>
    <message>
        <source>Your request was rejected: {client}</source>
        <translation>您的申请被驳回：{client}</translation>
    </message>
    <message>
        <source>a limit increase</source>
        <translation>提高限额</translation>
    </message>
    <message>
        <source>adds {networks}</source>
        <translation>新增 {networks}</translation>
    </message>
    <message>
        <source>an expedite</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>any IP (no whitelist)</source>
        <translation>任意 IP（无白名单）</translation>
    </message>
    <message>
        <source>applied at once</source>
        <translation>立即生效</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>elevated</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>fee request</source>
        <translation>费率申请</translation>
    </message>
    <message>
        <source>futures</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>institutional</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>it does not empty the whitelist</source>
        <translation>未清空白名单</translation>
    </message>
    <message>
        <source>it empties a whitelist that is not empty</source>
        <translation>清空了非空的白名单</translation>
    </message>
    <message>
        <source>it is worth at most {v} USD</source>
        <translation>价值不超过 {v} 美元</translation>
    </message>
    <message>
        <source>it is {v}</source>
        <translation>申请为{v}</translation>
    </message>
    <message>
        <source>maker {maker} / taker {taker} bps</source>
        <translation>挂单 {maker} / 吃单 {taker} 基点</translation>
    </message>
    <message>
        <source>market maker</source>
        <translation>做市商</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>no end (stays until changed)</source>
        <translation>无结束时间（保持到下次变更）</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>已过截止时间</translation>
    </message>
    <message>
        <source>removes {networks}</source>
        <translation>移除 {networks}</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>现货</translation>
    </message>
    <message>
        <source>spot and futures</source>
        <translation>现货和合约</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message numerus="yes">
        <source>{tier} · %n networks</source>
        <translation>
            <numerusform>{tier} · %n 个网段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} with a fresh TOTP code within {hours} h</source>
        <translation>
            <numerusform>需在 {hours} 小时内由 %n 名{role}凭最新 TOTP 验证码批准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} within {hours} h</source>
        <translation>
            <numerusform>需在 {hours} 小时内由 %n 名{role}批准</numerusform>
        </translation>
    </message>
    <message>
        <source>the client&apos;s tier is {v}</source>
        <translation>客户等级为 {v}</translation>
    </message>
    <message>
        <source>the discount is at most {v} %</source>
        <translation>折扣不超过 {v} %</translation>
    </message>
    <message>
        <source>the maker rate is below {v} bps</source>
        <translation>挂单费率低于 {v} 基点</translation>
    </message>
    <message>
        <source>the requested rate limit is {v}</source>
        <translation>申请的限频等级为{v}</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>提币申请</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{amount} USD</source>
        <translation>{amount} 美元</translation>
    </message>
    <message>
        <source>{condition} (this request: {actual}) — {held}</source>
        <translation>{condition}（本申请：{actual}）——{held}</translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation>{kind}申请 {id}</translation>
    </message>
    <message>
        <source>{rates}, custom</source>
        <translation>{rates}，定制</translation>
    </message>
    <message>
        <source>{rates}, custom until {until}</source>
        <translation>{rates}，定制至 {until}</translation>
    </message>
    <message>
        <source>{rates}, the tier&apos;s</source>
        <translation>{rates}，等级费率</translation>
    </message>
    <message>
        <source>{t} left</source>
        <translation>剩余 {t}</translation>
    </message>
    <message>
        <source>{what} where {conditions}: {action}.</source>
        <translation>{what}，若{conditions}：{action}。</translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>&amp;New request</source>
        <extracomment>Entities whose changes can change what the section shows. The &quot;created&quot; filter of the All tab: (days back, or None for any time).</extracomment>
        <translation>新申请(&amp;N)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Client uid or name</source>
        <translation>客户 UID 或姓名</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>按客户筛选</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Filter by requester</source>
        <translation>按申请人筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新申请</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>没有符合筛选条件的申请。</translation>
    </message>
    <message>
        <source>Nothing awaits your approval.</source>
        <translation>没有待您审批的申请。</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>The server decided otherwise</source>
        <translation>服务器的判定不同</translation>
    </message>
    <message>
        <source>This desk&apos;s preview said rule {preview} ({action}); the server decided by rule {server} ({status}). The server&apos;s answer stands.</source>
        <translation>本机预判为规则 {preview}（{action}）；服务器按规则 {server} 处理（{status}）。以服务器的答复为准。</translation>
    </message>
    <message>
        <source>You have made no request.</source>
        <translation>您还没有提出申请。</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for a client you choose</source>
        <translation>为所选客户提交费率、提币或 API 权限申请</translation>
    </message>
    <message>
        <source>Request desks</source>
        <translation>申请列表</translation>
    </message>
    <message>
        <source>Requests you made</source>
        <translation>我提交的申请</translation>
    </message>
    <message>
        <source>Requests waiting for your approval</source>
        <translation>等待我审批的申请</translation>
    </message>
    <message>
        <source>Every request you may see</source>
        <translation>我可查看的全部申请</translation>
    </message>
    <message>
        <source>Your requests, those waiting for your approval, and all of them; Alt+1 to Alt+3</source>
        <translation>我的申请、待我审批的申请和全部申请；Alt+1 至 Alt+3</translation>
    </message>
    <message>
        <source>Shows only requests for clients whose uid or name contains this</source>
        <translation>只显示 UID 或姓名包含此内容的客户的申请</translation>
    </message>
    <message>
        <source>Shows only requests of this kind</source>
        <translation>只显示此类型的申请</translation>
    </message>
    <message>
        <source>Shows only requests in this status</source>
        <translation>只显示处于此状态的申请</translation>
    </message>
    <message>
        <source>Shows only requests made by this person</source>
        <translation>只显示此人提交的申请</translation>
    </message>
    <message>
        <source>Shows only requests made in this period</source>
        <translation>只显示此期间内提交的申请</translation>
    </message>
    <message>
        <source>The requests that match the filters; the chosen one&apos;s page is beside</source>
        <translation>符合筛选条件的申请；所选申请的详情显示在旁边</translation>
    </message>
    <message>
        <source>Requests and policies</source>
        <translation>申请与规则</translation>
    </message>
    <message>
        <source>The requests, or the approval policies in force</source>
        <translation>申请列表，或现行审批规则</translation>
    </message>
    <message>
        <source>Requests or policies</source>
        <translation>申请或规则</translation>
    </message>
    <message>
        <source>The requests and a chosen one&apos;s page</source>
        <translation>申请列表及所选申请的详情</translation>
    </message>
    <message>
        <source>The approval policies in force ({key})</source>
        <translation>现行审批规则（{key}）</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Nothing in your cache matches “{q}”.</source>
        <translation>本地缓存中没有与“{q}”匹配的内容。</translation>
    </message>
    <message>
        <source>Search clients and tickets: name, uid, e-mail, subject…</source>
        <translation>搜索客户和工单：姓名、UID、邮箱、主题…</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation>搜索客户和工单</translation>
    </message>
    <message>
        <source>Results show below as you type; arrows choose, Enter opens</source>
        <translation>输入时结果显示在下方；方向键选择，回车键打开</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>工单通道</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
</context>
<context>
    <name>SecurityNotices</name>
    <message>
        <source>Security desk</source>
        <translation>安全台</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alerts are open.</source>
        <translation>
            <numerusform>有 %n 条严重警报待处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freezes are waiting for a second officer.</source>
        <translation>
            <numerusform>有 %n 项冻结等待第二位安全官审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical alert: {client}</source>
        <translation>严重警报：{client}</translation>
    </message>
    <message>
        <source>A freeze waits for a second officer</source>
        <translation>有冻结等待另一位专员</translation>
    </message>
    <message>
        <source>{who} asks to lift the freeze of {client}: {reason}</source>
        <translation>{who} 申请解除 {client} 的冻结：{reason}</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>uid, name or e-mail…</source>
        <extracomment>The queue&apos;s views: (label, statuses, severities).</extracomment>
        <translation>UID、姓名或电子邮箱…</translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation>查找要冻结的客户</translation>
    </message>
    <message>
        <source>Freeze an &amp;account:</source>
        <translation>冻结账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Which alerts</source>
        <translation>哪些警报</translation>
    </message>
    <message>
        <source>Need action (open and acknowledged)</source>
        <translation>需要处理（未处理和已确认）</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未处理</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Handled (dismissed, actioned)</source>
        <translation>已处理（已忽略、已冻结）</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>警报队列</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>冻结</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n 条警报</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts ({n})</source>
        <translation>警报 ({n})</translation>
    </message>
    <message>
        <source>Freezes ({n})</source>
        <translation>冻结 ({n})</translation>
    </message>
    <message>
        <source>no client found</source>
        <translation>未找到客户</translation>
    </message>
</context>
<context>
    <name>SecurityWords</name>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>actioned (frozen)</source>
        <translation>已处理（已冻结）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>cannot sign in to the exchange</source>
        <extracomment>What each scope stops, as the freeze dialog&apos;s summary says it.</extracomment>
        <translation>无法登录交易所</translation>
    </message>
    <message>
        <source>cannot place or change orders</source>
        <translation>无法下单或修改订单</translation>
    </message>
    <message>
        <source>cannot withdraw any asset</source>
        <translation>无法提取任何资产</translation>
    </message>
    <message>
        <source>their API keys stop working</source>
        <translation>其 API 密钥停止工作</translation>
    </message>
    <message>
        <source>Choose at least one thing to freeze.</source>
        <translation>请至少选择一项要冻结的内容。</translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already ({now}); this adds {more}.</source>
        <translation>{name}（{uid}）已被冻结（{now}）；此次将增加 {more}。</translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already for all of this: only the record is added.</source>
        <translation>{name}（{uid}）的这些项目都已冻结：只会新增一条记录。</translation>
    </message>
    <message>
        <source>As soon as the platform confirms, {name}:</source>
        <translation>平台一经确认，{name}：</translation>
    </message>
    <message>
        <source>Still allowed: {scopes}. Deposits keep arriving.</source>
        <translation>仍然允许：{scopes}。充值照常到账。</translation>
    </message>
    <message>
        <source>Deposits keep arriving.</source>
        <translation>充值照常到账。</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts will be marked as actioned by this freeze.</source>
        <translation>
            <numerusform>本次冻结将把 %n 条警报标记为已处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifting it takes two security officers: one asks, another approves.</source>
        <translation>解除冻结需要两位安全专员：一位申请，另一位批准。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>waiting on client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Beta</source>
        <translation>测试版</translation>
    </message>
    <message>
        <source>Sign-in allowed with</source>
        <translation>允许的登录方式</translation>
    </message>
    <message>
        <source>Sign-in and updates</source>
        <translation>登录与更新</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定版</translation>
    </message>
    <message>
        <source>A new language applies at once; open tickets and unsent replies stay as they are.</source>
        <translation>切换语言立即生效，已打开的工单和未发送的回复都会保留。</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>更新通道</translation>
    </message>
    <message>
        <source>password and code</source>
        <translation>密码和验证码</translation>
    </message>
    <message>
        <source>staying signed in</source>
        <translation>保持登录</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connection changes apply the next time you sign in.</source>
        <translation>连接设置在下次登录时生效。</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notify me of emergencies and near-breaches in my book</source>
        <translation>我名下客户的工单进入紧急状态或即将超时时通知我</translation>
    </message>
    <message>
        <source>Only if your company uses its own CA</source>
        <translation>仅当公司使用自己的 CA 时填写</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>由 IT 部门设定。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The CA bundle file {path} does not exist.</source>
        <translation>CA 证书包文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>The back-office server VIP Desk talks to</source>
        <translation>VIP Desk 连接的后台服务器</translation>
    </message>
    <message>
        <source>A file of your company&apos;s certificate authorities, if any</source>
        <translation>公司自有证书颁发机构的文件（如有）</translation>
    </message>
    <message>
        <source>The proxy to reach the server through, if any</source>
        <translation>连接服务器所经的代理（如有）</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is</source>
        <translation>浅色、深色、高对比度，或跟随系统</translation>
    </message>
    <message>
        <source>The language of VIP Desk&apos;s texts</source>
        <translation>VIP Desk 界面文字的语言</translation>
    </message>
    <message>
        <source>A notice when a ticket of your book is in Emergency or near its SLA</source>
        <translation>当我的客户有工单进入紧急通道或即将超出 SLA 时提醒</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>选择 CA 证书包文件</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>工单通道</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Request forms</source>
        <translation>申请表单</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Search palette</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>图片查看器</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>显示键盘快捷键列表</translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation>搜索客户和工单</translation>
    </message>
    <message>
        <source>Go to Lanes</source>
        <translation>转到工单通道</translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation>转到客户</translation>
    </message>
    <message>
        <source>Go to Requests</source>
        <translation>转到申请</translation>
    </message>
    <message>
        <source>Go to Security</source>
        <translation>转到安全</translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation>转到仪表盘</translation>
    </message>
    <message>
        <source>Go to Audit</source>
        <translation>转到审计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Show lane 1 to 5 (in the order of the tabs)</source>
        <translation>显示第 1 至第 5 个通道（按标签顺序）</translation>
    </message>
    <message>
        <source>Next lane</source>
        <translation>下一个通道</translation>
    </message>
    <message>
        <source>Previous lane</source>
        <translation>上一个通道</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>打开所选工单</translation>
    </message>
    <message>
        <source>Send the reply or note being written</source>
        <translation>发送正在编写的回复或备注</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>为回复添加附件</translation>
    </message>
    <message>
        <source>Show or hide help-centre articles</source>
        <translation>显示或隐藏帮助中心文章</translation>
    </message>
    <message>
        <source>From the article search, go to the results</source>
        <translation>从文章搜索框跳到搜索结果</translation>
    </message>
    <message>
        <source>Remove the selected file from the reply</source>
        <translation>从回复中移除所选文件</translation>
    </message>
    <message>
        <source>Search the clients list</source>
        <translation>搜索客户列表</translation>
    </message>
    <message>
        <source>Show desk 1 to 3 (in the order of the tabs)</source>
        <translation>显示第 1 至第 3 个列表（按标签顺序）</translation>
    </message>
    <message>
        <source>Show the approval policies</source>
        <translation>显示审批规则</translation>
    </message>
    <message>
        <source>Refresh the requests</source>
        <translation>刷新申请</translation>
    </message>
    <message>
        <source>Approve the request shown</source>
        <translation>批准当前申请</translation>
    </message>
    <message>
        <source>Reject the request shown</source>
        <translation>驳回当前申请</translation>
    </message>
    <message>
        <source>Cancel the request shown</source>
        <translation>撤销当前申请</translation>
    </message>
    <message>
        <source>New custom fee schedule request</source>
        <translation>新建自定义费率申请</translation>
    </message>
    <message>
        <source>New withdrawal limit or expedite request</source>
        <translation>新建提币限额或加急申请</translation>
    </message>
    <message>
        <source>New API access request</source>
        <translation>新建 API 权限申请</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Remove the selected network from the whitelist</source>
        <translation>从白名单中移除所选网段</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>刷新数据</translation>
    </message>
    <message>
        <source>In a chart, move between bars</source>
        <translation>在图表中切换柱</translation>
    </message>
    <message>
        <source>In a chart, first or last bar</source>
        <translation>在图表中跳到第一个或最后一个柱</translation>
    </message>
    <message>
        <source>In a chart, open the tickets behind the bar</source>
        <translation>在图表中打开该柱对应的工单</translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation>查找要冻结的客户</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert</source>
        <translation>确认所选警报</translation>
    </message>
    <message>
        <source>Dismiss the chosen alert, with a note</source>
        <translation>忽略所选警报（需填写备注）</translation>
    </message>
    <message>
        <source>Freeze the account of the chosen alert</source>
        <translation>冻结所选警报对应的账户</translation>
    </message>
    <message>
        <source>Ask to lift the chosen freeze</source>
        <translation>申请解除所选冻结</translation>
    </message>
    <message>
        <source>Freeze dialog: tick login, trading, withdrawals, API</source>
        <translation>冻结对话框：勾选登录、交易、提币、API</translation>
    </message>
    <message>
        <source>Read the new entries</source>
        <translation>读取新记录</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>验证哈希链</translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation>按对象筛选</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>在结果中上下移动</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>打开所选结果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation>复制图片</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Find a shortcut by what it does or its key</source>
        <translation>按功能或按键查找快捷键</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>查找快捷键</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or key contains the text</source>
        <translation>只显示功能或按键包含此文字的快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Every shortcut, grouped by where it works</source>
        <translation>全部快捷键，按适用位置分组</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>没有匹配的快捷键。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}：{keys}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>身份验证器应用中的 6 位数字</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Locked: try again in {time}</source>
        <translation>已锁定：请在 {time} 后重试</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>由 IT 部门设定。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to VIP Desk</source>
        <translation>登录 VIP 服务台</translation>
    </message>
    <message>
        <source>Signing in failed because of a problem inside VIP Desk. The log has details.</source>
        <translation>由于 VIP 服务台内部问题，登录失败。详情见日志。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://).</source>
        <translation>服务器地址必须以 https://（或 http://）开头。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The back-office server to sign in to</source>
        <translation>要登录的后台服务器</translation>
    </message>
    <message>
        <source>Your staff username</source>
        <translation>你的员工用户名</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>身份验证器应用当前显示的 6 位验证码</translation>
    </message>
    <message>
        <source>Closes VIP Desk without signing in</source>
        <translation>不登录，关闭 VIP Desk</translation>
    </message>
    <message>
        <source>Signs in with these details</source>
        <translation>用以上信息登录</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>All actions sent</source>
        <translation>所有操作均已发送</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>自 {time} 起离线</translation>
    </message>
    <message>
        <source>Show actions that have not reached the server</source>
        <translation>显示尚未送达服务器的操作</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>安全官</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln items received</source>
        <translation>
            <numerusform>正在同步… 已接收 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n 项未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n 项需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation>{state} — {reason}</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>6-digit code</source>
        <translation>6 位验证码</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation>
            <numerusform>还差 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm with your code</source>
        <translation>用验证码确认</translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code and try again.</source>
        <translation>该验证码未被接受。请等待下一个验证码后重试。</translation>
    </message>
    <message>
        <source>This action needs a fresh 6-digit code from your authenticator app.</source>
        <translation>此操作需要身份验证器应用中新的 6 位验证码。</translation>
    </message>
    <message>
        <source>The next wrong code locks you out for {minutes} minutes</source>
        <translation>下一次输错验证码将锁定 {minutes} 分钟</translation>
    </message>
    <message>
        <source>1 try left before a {minutes}-minute lockout</source>
        <translation>锁定 {minutes} 分钟前还剩 1 次机会</translation>
    </message>
    <message>
        <source>{n} tries left before a {minutes}-minute lockout</source>
        <translation>锁定 {minutes} 分钟前还剩 {n} 次机会</translation>
    </message>
    <message>
        <source>This code changes in {s} s</source>
        <translation>此验证码将在 {s} 秒后更换</translation>
    </message>
    <message>
        <source>Too many wrong codes: the platform has locked your codes. Try again in {time}.</source>
        <translation>错误次数过多：平台已锁定你的验证码。请在 {time} 后重试。</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>身份验证器验证码</translation>
    </message>
    <message>
        <source>Six digits; a pasted code with a space or a dash is accepted</source>
        <translation>6 位数字；粘贴带空格或短横线的验证码也可以</translation>
    </message>
    <message>
        <source>Sends the code; the action goes ahead if it is right</source>
        <translation>提交验证码；验证码正确即执行该操作</translation>
    </message>
    <message>
        <source>Gives the action up; it is listed in Sync problems</source>
        <translation>放弃该操作；它会列在“同步问题”中</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation>无法验证服务器的安全证书。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The server is having a problem.</source>
        <translation>服务器出现问题。</translation>
    </message>
    <message>
        <source>The server sent answers VIP Desk could not read.</source>
        <translation>服务器返回了 VIP 服务台无法读取的响应。</translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was not given.</source>
        <translation>未发送：没有提供身份验证器验证码。</translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was refused.</source>
        <translation>未发送：身份验证器验证码被拒绝。</translation>
    </message>
    <message>
        <source>This action waited more than a day to be sent and VIP Desk cannot check whether the server already has it. Check on the server, then resend it only if it did not happen.</source>
        <translation>此操作等待发送已超过一天，VIP 服务台无法确认服务器是否已收到。请先在服务器上核实，仅在确实未执行时再重新发送。</translation>
    </message>
    <message>
        <source>Someone changed this item on the server before your change arrived. Review the current version, then resend your change or discard it.</source>
        <translation>您的修改送达之前，已有他人在服务器上修改了该条目。请查看当前版本，然后重新发送或放弃您的修改。</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>重新发送(&amp;R)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Discard action</source>
        <translation>放弃操作</translation>
    </message>
    <message>
        <source>Discard this action? It will not be sent to the server and cannot be undone.</source>
        <translation>放弃此操作？它不会发送到服务器，且无法撤销。</translation>
    </message>
    <message>
        <source>Every action you took has reached the server.</source>
        <translation>您的所有操作均已送达服务器。</translation>
    </message>
    <message>
        <source>Give up this action; it will not be sent</source>
        <translation>放弃此操作；它不会被发送</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>最后尝试</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Select an action to see what was sent.</source>
        <translation>选择一项操作以查看发送的内容。</translation>
    </message>
    <message>
        <source>Send this action to the server again</source>
        <translation>再次把此操作发送到服务器</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>服务器消息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
    <message>
        <source>The server&apos;s version now:</source>
        <translation>服务器上的当前版本：</translation>
    </message>
    <message>
        <source>What you sent:</source>
        <translation>您发送的内容：</translation>
    </message>
    <message>
        <source>&amp;Open in its form…</source>
        <translation>在表单中打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Correct what the server refused, then send it again</source>
        <translation>改正服务器拒绝的内容后再次发送</translation>
    </message>
    <message>
        <source>Actions not sent</source>
        <translation>未发送的操作</translation>
    </message>
    <message>
        <source>Each action waiting or refused, with the server&apos;s reason</source>
        <translation>每个等待中或被拒绝的操作，以及服务器给出的原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What was sent and what the server answered</source>
        <translation>发送的内容和服务器的回复</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message numerus="yes">
        <source>The server refused %n of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</source>
        <translation>
            <numerusform>服务器拒绝了您的 %n 项操作。请阅读服务器给出的原因，排除问题后重新发送，或放弃该操作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown.</source>
        <translation>只显示前 1 MB 的内容。</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>uploading…</source>
        <translation>正在上传…</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Cannot be shown</source>
        <translation>无法显示</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Too large to preview
{w} × {h}</source>
        <translation>过大，无法预览
{w} × {h}</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Pending client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风控</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Escalate ticket</source>
        <translation>升级工单</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>需要让该团队了解哪些情况？</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Assign this ticket to me</source>
        <translation>将此工单分配给我</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>工单对话</translation>
    </message>
    <message>
        <source>Only staff see internal notes; they do not answer the client</source>
        <translation>内部备注仅员工可见，不会发送给客户</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <source>Language of the canned responses</source>
        <translation>快捷回复的语言</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>帮助文章</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>申请…</translation>
    </message>
    <message>
        <source>{id} · {status} · {priority} · {category} · {channel} · {language} · assignee: {assignee}</source>
        <translation>{id} · {status} · {priority} · {category} · {channel} · {language} · 负责人：{assignee}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source> · team: {team}</source>
        <translation> · 团队：{team}</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
    <message>
        <source>The ticket is written in {language}.</source>
        <translation>该工单使用{language}。</translation>
    </message>
    <message>
        <source>{language} is the client&apos;s first language.</source>
        <translation>{language}是该客户的首选语言。</translation>
    </message>
    <message>
        <source>No canned responses in the ticket&apos;s or the client&apos;s languages: {language}.</source>
        <translation>没有该工单或客户所用语言的快捷回复，改用{language}。</translation>
    </message>
    <message>
        <source>Choose another language for the canned responses here.</source>
        <translation>可在此为快捷回复选择其他语言。</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <source>Client&apos;s time: {time}</source>
        <translation>客户当地时间：{time}</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <source>Files are still being checked</source>
        <translation>文件仍在检查中</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <source>Opens the client&apos;s profile</source>
        <translation>打开客户资料</translation>
    </message>
    <message>
        <source>Gives the ticket to a colleague or a team</source>
        <translation>将工单分配给同事或团队</translation>
    </message>
    <message>
        <source>Moves the ticket to another status</source>
        <translation>更改工单状态</translation>
    </message>
    <message>
        <source>Hands the ticket to a specialist team with a reason</source>
        <translation>说明原因，将工单转交专业团队</translation>
    </message>
    <message>
        <source>Every message of the ticket, oldest first</source>
        <translation>工单的全部消息，最早的在前</translation>
    </message>
    <message>
        <source>Write a reply… ({key} sends)</source>
        <translation>撰写回复…（{key} 发送）</translation>
    </message>
    <message>
        <source>The reply or internal note to send; {key} sends it</source>
        <translation>要发送的回复或内部备注；{key} 发送</translation>
    </message>
    <message>
        <source>Search the help centre for an answer ({key})</source>
        <translation>在帮助中心查找答案（{key}）</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>Sends the reply to the client, or saves the internal note</source>
        <translation>把回复发给客户，或保存内部备注</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for this client</source>
        <translation>为该客户提交费率、提币或 API 权限申请</translation>
    </message>
    <message>
        <source>{clock}: {time} ({state})</source>
        <translation>{clock}：{time}（{state}）</translation>
    </message>
    <message>
        <source>Hands the ticket to the team with the note</source>
        <translation>附上说明，将工单转交该团队</translation>
    </message>
    <message>
        <source>The specialist team that takes the ticket</source>
        <translation>接手工单的专业团队</translation>
    </message>
    <message>
        <source>What the team needs to know; required</source>
        <translation>团队需要了解的情况；必填</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>TotpCode</name>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>The code is made of digits only, like 123456.</source>
        <translation>验证码只包含数字，例如 123456。</translation>
    </message>
    <message>
        <source>The code has 6 digits; you typed {count}.</source>
        <translation>验证码为 6 位数字；您输入了 {count} 位。</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Exported {at} by {who}.</source>
        <translation>由 {who} 于 {at} 导出。</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>INTERNAL NOTE — staff only</source>
        <translation>内部备注 — 仅员工可见</translation>
    </message>
    <message>
        <source>Internal notes: {how}.</source>
        <translation>内部备注：{how}。</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>没有消息。</translation>
    </message>
    <message>
        <source>Status: {status} · category: {category} · opened {at}</source>
        <translation>状态：{status} · 类别：{category} · 创建于 {at}</translation>
    </message>
    <message>
        <source>Times in UTC and in the client&apos;s time zone ({tz}).</source>
        <translation>时间以 UTC 及客户所在时区（{tz}）显示。</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>included and marked</source>
        <translation>已包含并标明</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>未包含</translation>
    </message>
</context>
<context>
    <name>TranscriptsBox</name>
    <message>
        <source>Account managers and supervisors export transcripts</source>
        <translation>客户经理和主管可以导出对话记录</translation>
    </message>
    <message>
        <source>By</source>
        <translation>导出人</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>核对文件…</translation>
    </message>
    <message>
        <source>Check a transcript file</source>
        <translation>核对对话记录文件</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在核对 {name}…</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>导出对话记录…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>No transcript of this client has been exported.</source>
        <translation>此客户的对话记录尚未导出过。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Say which export a file handed back is, or that it matches none</source>
        <translation>核对交回的文件属于哪次导出，或与任何导出都不符</translation>
    </message>
    <message>
        <source>The exports are read from the platform; VIP Desk is not connected yet.</source>
        <translation>导出记录需从平台读取；VIP 服务台尚未连接。</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Transcript exports of this client</source>
        <translation>此客户的对话记录导出</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is export {id} of {when} by {who} (tickets {tickets}); its SHA-256 matches: {sha}.</source>
        <translation>{name} 是 {who} 于 {when} 的导出 {id}（工单 {tickets}）；SHA-256 一致：{sha}。</translation>
    </message>
    <message>
        <source>{name} matches none of this client&apos;s exports (SHA-256 {sha}): it was changed after the export, or it is not a transcript this desk exported.</source>
        <translation>{name} 与此客户的任何导出都不符（SHA-256 {sha}）：文件在导出后被改动过，或并非本服务台导出的对话记录。</translation>
    </message>
    <message>
        <source>Each export: when, by whom, which tickets, the format and the file&apos;s SHA-256</source>
        <translation>每次导出：时间、操作人、所含工单、格式和文件的 SHA-256</translation>
    </message>
    <message>
        <source>Records an export with the platform and writes the transcript to a file</source>
        <translation>在平台登记一次导出，并将对话记录写入文件</translation>
    </message>
    <message>
        <source>Reads this client&apos;s exports from the platform again</source>
        <translation>重新从平台读取该客户的导出记录</translation>
    </message>
</context>
<context>
    <name>ValidityEdit</name>
    <message>
        <source>ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <source>Off: the change stays until someone changes it</source>
        <extracomment>How long a new change is valid unless the person says otherwise.</extracomment>
        <translation>不勾选：此变更一直有效，直到有人再次修改</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>有效期截止</translation>
    </message>
    <message>
        <source>The date and time, in your time zone</source>
        <translation>日期和时间，按你所在的时区</translation>
    </message>
</context>
<context>
    <name>VipDesk</name>
    <message>
        <source>your IT department does not allow the demo on this computer</source>
        <translation>IT 部门不允许在这台电脑上使用演示模式</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>The kept sign-in could not be opened; the cached data is shown.</source>
        <translation>无法打开已保存的登录信息，当前显示的是本地缓存的数据。</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>正在以 {name} 身份登录…</translation>
    </message>
    <message>
        <source>Starting the demo server with its demo clients…</source>
        <translation>正在启动演示服务器及演示客户…</translation>
    </message>
    <message>
        <source>The demo could not start: {e}</source>
        <translation>演示无法启动：{e}</translation>
    </message>
    <message>
        <source>VIP Desk demo</source>
        <translation>VIP 服务台演示</translation>
    </message>
    <message>
        <source>VIP Desk stopped unexpectedly the last time it ran.</source>
        <translation>VIP 服务台上次运行时意外退出。</translation>
    </message>
</context>
<context>
    <name>WhitelistEditor</name>
    <message>
        <source>A network: press Enter to add it.</source>
        <translation>网段有效：按 Enter 添加。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a network</source>
        <translation>将剪贴板的每一行添加为一个网段</translation>
    </message>
    <message>
        <source>Against the client&apos;s list now: {change}</source>
        <translation>与客户当前名单相比：{change}</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP 白名单</translation>
    </message>
    <message>
        <source>Network to add</source>
        <translation>要添加的网段</translation>
    </message>
    <message>
        <source>Network to add, e.g. 203.0.113.0/24</source>
        <translation>要添加的网段，例如 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>粘贴多行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected network</source>
        <translation>移除选中的网段</translation>
    </message>
    <message>
        <source>The same networks as the client&apos;s list now.</source>
        <translation>与客户当前名单的网段相同。</translation>
    </message>
    <message>
        <source>{network}: {message}</source>
        <translation>{network}：{message}</translation>
    </message>
    <message>
        <source>The addresses and networks the client&apos;s API keys may call from; Delete removes the selected one</source>
        <translation>客户 API 密钥允许调用的地址和网段；按 Delete 键移除所选项</translation>
    </message>
    <message>
        <source>Adds the network typed beside</source>
        <translation>添加旁边输入的网段</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address or network, such as 203.0.113.0/24</source>
        <translation>IPv4 或 IPv6 地址或网段，例如 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Takes the selected network off the whitelist</source>
        <translation>从白名单中移除所选网段</translation>
    </message>
</context>
<context>
    <name>WithdrawalRequestForm</name>
    <message>
        <source>&amp;Expedite a pending withdrawal</source>
        <translation>加急一笔待处理提币(&amp;E)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>New 24 h limit (USD)</source>
        <translation>新的 24 小时限额（美元）</translation>
    </message>
    <message>
        <source>Raise the 24 h &amp;limit</source>
        <translation>提高 24 小时限额(&amp;L)</translation>
    </message>
    <message>
        <source>Reading the assets&apos; precision and prices…</source>
        <translation>正在读取资产精度和价格…</translation>
    </message>
    <message>
        <source>Request a withdrawal limit or an expedite</source>
        <translation>申请提币限额或加急</translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read ({error}); a limit increase in USD can still be asked for.</source>
        <translation>无法读取资产精度和价格（{error}）；仍可申请以美元表示的提高限额。</translation>
    </message>
    <message>
        <source>The pending withdrawal&apos;s id</source>
        <translation>待处理提币的编号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Withdrawal &amp;id</source>
        <translation>提币编号(&amp;I)</translation>
    </message>
    <message>
        <source>Withdrawal id</source>
        <translation>提币编号</translation>
    </message>
    <message>
        <source>Withdrawal request for {client} ({uid}): {what}</source>
        <translation>{client}（{uid}）的提币申请：{what}</translation>
    </message>
    <message>
        <source>A higher 24-hour withdrawal limit, in USD</source>
        <translation>提高 24 小时提币限额（美元）</translation>
    </message>
    <message>
        <source>A pending withdrawal processed ahead of the queue</source>
        <translation>优先处理一笔待处理的提币</translation>
    </message>
    <message>
        <source>The asset being withdrawn</source>
        <translation>要提取的资产</translation>
    </message>
    <message>
        <source>The new limit in USD, or the amount of the withdrawal to expedite</source>
        <translation>新的限额（美元），或要加急的提币金额</translation>
    </message>
</context>
</TS>
