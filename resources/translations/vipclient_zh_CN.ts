<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
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
      <source>The desk for the people who serve the exchange's VIP clients: client profiles, priority ticket lanes, requests and emergency freezes — online or not.</source>
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
    <name>BusyWindow</name>
    <message>
      <source>VIP Desk</source>
      <translation>VIP 服务台</translation>
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
      <translation>请求</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>安全</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>A new language applies after VIP Desk restarts.</source>
      <translation>新的语言在 VIP 服务台重启后生效。</translation>
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
      <translation>实时</translation>
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
      <source>Syncing… {n} items received</source>
      <translation>正在同步… 已收到 {n} 项</translation>
    </message>
    <message>
      <source>account manager</source>
      <translation>客户经理</translation>
    </message>
    <message>
      <source>security officer</source>
      <translation>安全专员</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <source>{name} · {roles}</source>
      <translation>{name} · {roles}</translation>
    </message>
    <message>
      <source>{n} need attention</source>
      <translation>{n} 项需要处理</translation>
    </message>
    <message>
      <source>{n} unsent</source>
      <translation>{n} 项未发送</translation>
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
      <source>{n} more digits</source>
      <translation>还差 {n} 位</translation>
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
      <source>Server's message</source>
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
      <source>The server refused {n} of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</source>
      <translation>服务器拒绝了您的 {n} 项操作。请阅读服务器消息，排除原因后重新发送，或放弃该操作。</translation>
    </message>
    <message>
      <source>The server's version now:</source>
      <translation>服务器上的当前版本：</translation>
    </message>
    <message>
      <source>What you sent:</source>
      <translation>您发送的内容：</translation>
    </message>
  </context>
  <context>
    <name>VipDesk</name>
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
    <name>AlertPage</name>
    <message>
        <source>What the platform saw</source>
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
    <message>
        <source>{n} of {total} entries</source>
        <translation>{n} / {total} 条</translation>
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
        <source>{n} entries written to {file}</source>
        <translation>已将 {n} 条写入 {file}</translation>
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
        <source>{actor} exported {count} conversation(s) of {target} as {format}</source>
        <translation>{actor} 以 {format} 格式导出了 {target} 的 {count} 个对话</translation>
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
    <name>Lanes</name>
    <message>
        <source>{name} — FROZEN</source>
        <translation>{name} — 已冻结</translation>
    </message>
</context>
<context>
    <name>SecurityNotices</name>
    <message>
        <source>Security desk</source>
        <translation>安全台</translation>
    </message>
    <message>
        <source>{alerts} critical alert(s) open, {freezes} freeze(s) waiting for a second officer.</source>
        <translation>{alerts} 条严重警报未处理，{freezes} 个冻结等待另一位专员。</translation>
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
    <message>
        <source>{n} alert(s)</source>
        <translation>{n} 条警报</translation>
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
    <message>
        <source>{n} alert(s) will be marked as actioned by this freeze.</source>
        <translation>{n} 条警报将被此次冻结标记为已处理。</translation>
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
</TS>
