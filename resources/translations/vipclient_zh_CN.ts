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
</TS>
