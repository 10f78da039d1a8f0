<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Commit {commit} ({date})</source>
        <translation>コミット {commit}（{date}）</translation>
    </message>
    <message>
        <source>Commit {commit}</source>
        <translation>コミット {commit}</translation>
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
        <translation>サーバー：{url}</translation>
    </message>
    <message>
        <source>This is a {build} build, but the update channel is {channel}: ask your IT department for the {channel} build.</source>
        <translation>このビルドは {build} 版ですが、更新チャネルは {channel} です。{channel} 版のビルドを IT 部門に依頼してください。</translation>
    </message>
    <message>
        <source>Update channel: {channel} (set by your IT department)</source>
        <translation>更新チャネル：{channel}（IT 部門が設定）</translation>
    </message>
    <message>
        <source>Update channel: {channel}</source>
        <translation>更新チャネル：{channel}</translation>
    </message>
    <message>
        <source>About VIP Desk</source>
        <translation>VIP デスクについて</translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation>VIP デスク</translation>
    </message>
    <message>
        <source>The desk for the people who serve the exchange&apos;s VIP clients: client profiles, priority ticket lanes, requests and emergency freezes — online or not.</source>
        <translation>取引所の VIP 顧客を担当するスタッフのための業務ツールです。顧客プロフィール、優先チケットレーン、申請、緊急凍結をオンラインでもオフラインでも扱えます。</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Closes without saving</source>
        <translation>保存せずに閉じます</translation>
    </message>
    <message>
        <source>Saves and closes</source>
        <translation>保存して閉じます</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <source>Second factor</source>
        <extracomment>Labels of the detail keys the platform sends today; another key is shown from its name.</extracomment>
        <translation>二段階認証</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Address added</source>
        <translation>アドレス登録</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Carrier&apos;s report</source>
        <translation>通信事業者からの報告</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Credentials seen</source>
        <translation>認証情報の漏えい</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>その後の操作</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>取引ペア</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告日時</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告元</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>SMS second factor</source>
        <translation>SMS 二段階認証</translation>
    </message>
    <message>
        <source>Usual country</source>
        <translation>通常の国・地域</translation>
    </message>
    <message>
        <source>Usual hourly volume (USD)</source>
        <translation>通常の1時間あたり取引高（USD）</translation>
    </message>
    <message>
        <source>Volume in the last hour (USD)</source>
        <translation>直近1時間の取引高（USD）</translation>
    </message>
    <message>
        <source>Address whitelist</source>
        <translation>アドレスのホワイトリスト</translation>
    </message>
    <message>
        <source>What the platform saw</source>
        <extracomment>Asks for a note (title, prompt, button, rule); tests answer without a modal loop.</extracomment>
        <translation>プラットフォームが検知した内容</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>プロフィールを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Recent tickets of this client</source>
        <translation>この顧客の最近のチケット</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Other alerts of this client</source>
        <translation>この顧客のその他のアラート</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge: you are on it (Ctrl+Shift+A)</source>
        <translation>確認：自分が対応します（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>対応不要(&amp;D)…</translation>
    </message>
    <message>
        <source>Dismiss with a note: nothing to do (Ctrl+Shift+D)</source>
        <translation>メモを付けて対応不要にします（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>&amp;Freeze account…</source>
        <translation>アカウントを凍結(&amp;F)…</translation>
    </message>
    <message>
        <source>Freeze this client&apos;s account now (Ctrl+Shift+F)</source>
        <translation>この顧客のアカウントを直ちに凍結します（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>最近のチケット</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>その他のアラート</translation>
    </message>
    <message>
        <source>Choose an alert</source>
        <translation>アラートを選択してください</translation>
    </message>
    <message>
        <source>{kind} · {status} · raised {age} ago · {id}</source>
        <translation>{kind} · {status} · {age}前に発生 · {id}</translation>
    </message>
    <message>
        <source>{status} by {who} at {when}</source>
        <translation>{status}：{who}（{when}）</translation>
    </message>
    <message>
        <source>freeze {id}</source>
        <translation>凍結 {id}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>{status}: {scopes}</source>
        <translation>{status}：{scopes}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>アカウントマネージャー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24時間出金限度額</translation>
    </message>
    <message>
        <source>Only security officers act on alerts.</source>
        <translation>アラートに対応できるのはセキュリティ担当者のみです。</translation>
    </message>
    <message>
        <source>Your last change of this alert is on its way to the platform.</source>
        <translation>このアラートへの直前の変更をプラットフォームに送信中です。</translation>
    </message>
    <message>
        <source>This alert is {status}: nothing more can be done with it.</source>
        <translation>このアラートは「{status}」のため、これ以上の操作はできません。</translation>
    </message>
    <message>
        <source>Acknowledge alert {id} ({client})</source>
        <translation>アラート {id}（{client}）を確認</translation>
    </message>
    <message>
        <source>Write why it needs nothing: {min} to {max} characters.</source>
        <translation>対応不要の理由を{min}～{max}文字で入力してください。</translation>
    </message>
    <message>
        <source>Dismiss alert</source>
        <translation>アラートを対応不要にする</translation>
    </message>
    <message>
        <source>Why does this alert need nothing? The note is kept in the audit log.</source>
        <translation>このアラートが対応不要な理由を入力してください。メモは監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>対応不要にする</translation>
    </message>
    <message>
        <source>Dismiss alert {id} ({client})</source>
        <translation>アラート {id}（{client}）を対応不要にする</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Your change is on its way to the platform</source>
        <translation>変更をプラットフォームに送信中です</translation>
    </message>
    <message>
        <source>{status} (sending…)</source>
        <translation>{status}（送信中…）</translation>
    </message>
</context>
<context>
    <name>ApiAccessRequestForm</name>
    <message>
        <source>Request a change of API access</source>
        <translation>API アクセスの変更を申請</translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation>レート制限ランク</translation>
    </message>
    <message>
        <source>Rate-limit &amp;tier</source>
        <translation>レート制限ランク(&amp;T)</translation>
    </message>
    <message>
        <source>IP &amp;whitelist</source>
        <translation>IP ホワイトリスト(&amp;W)</translation>
    </message>
    <message>
        <source>API access for {client} ({uid}): {what}</source>
        <translation>{client}（{uid}）の API アクセス：{what}</translation>
    </message>
    <message>
        <source>How many API calls a minute the client may make</source>
        <translation>顧客が1分間に実行できる API 呼び出しの回数</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation>サーバーとの通信中に問題が発生しました。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection; your work is kept and will be sent when the connection is back.</source>
        <translation>サーバーに接続できません。ネットワーク接続を確認してください。作業内容は保持され、接続が回復すると送信されます。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your work is kept and will be sent when the connection is back.</source>
        <translation>サーバーから時間内に応答がありませんでした。作業内容は保持され、接続が回復すると送信されます。</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Your work is kept and will be sent when the connection is back.</source>
        <translation>サーバーとの接続が中断されました。作業内容は保持され、接続が回復すると送信されます。</translation>
    </message>
    <message>
        <source>The proxy server refused or dropped the connection. Check the proxy setting, or ask IT.</source>
        <translation>プロキシサーバーが接続を拒否したか、切断しました。プロキシの設定を確認するか、IT 部門に問い合わせてください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was stopped. If your company uses its own certificates, ask IT to set the CA bundle setting.</source>
        <translation>サーバーのセキュリティ証明書を検証できなかったため、接続を中止しました。社内独自の証明書を使用している場合は、CA バンドルの設定を IT 部門に依頼してください。</translation>
    </message>
    <message>
        <source>The CA bundle file in the settings ({path}) cannot be read, so no secure connection can be made. Ask IT to check the CA bundle setting.</source>
        <translation>設定された CA バンドルファイル（{path}）を読み込めないため、安全な接続を確立できません。CA バンドルの設定の確認を IT 部門に依頼してください。</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your sign-in is protected.</source>
        <translation>サインイン情報を保護するため、サーバーアドレスは https:// で始める必要があります。</translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.com.</source>
        <translation>サーバーアドレスが正しくありません。https://example.com のような形式で入力してください。</translation>
    </message>
    <message>
        <source>The server sent an answer VIP Desk could not understand. It will be tried again.</source>
        <translation>サーバーから VIP デスクが解釈できない応答が返されました。再試行します。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>サーバーがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>サーバーがリクエストを拒否しました：{detail}</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete: {detail}</source>
        <translation>リクエストが不完全なため、サーバーに拒否されました：{detail}</translation>
    </message>
    <message>
        <source>You are no longer signed in. Please sign in again.</source>
        <translation>サインインの状態が解除されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The username, password or code is not right. Check them and try again; a code can be used only once, so wait for the next one.</source>
        <translation>ユーザー名、パスワード、またはコードが正しくありません。確認してもう一度お試しください。コードは一度しか使えないため、次のコードが表示されるまでお待ちください。</translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code in your authenticator app and try again.</source>
        <translation>このコードは受け付けられませんでした。認証アプリに次のコードが表示されるのを待って、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This action needs a fresh code from your authenticator app.</source>
        <translation>この操作には、認証アプリの新しいコードが必要です。</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>この操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>A policy does not allow this request (rule: {rule_id}).</source>
        <translation>ポリシーによりこのリクエストは許可されていません（ルール：{rule_id}）。</translation>
    </message>
    <message>
        <source>No policy allows this request.</source>
        <translation>このリクエストを許可するポリシーがありません。</translation>
    </message>
    <message>
        <source>This item no longer exists on the server.</source>
        <translation>この項目はサーバー上にもう存在しません。</translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state: {detail}</source>
        <translation>現在の状態ではこの操作を行えません：{detail}</translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state.</source>
        <translation>現在の状態ではこの操作を行えません。</translation>
    </message>
    <message>
        <source>The same action is still being processed by the server. It will be checked again.</source>
        <translation>同じ操作をサーバーがまだ処理しています。あらためて確認します。</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Reload it and make your change again.</source>
        <translation>この項目は他のユーザーによって変更されました。再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The server needs the item&apos;s version to accept this change.</source>
        <translation>この変更を受け付けるには、項目のバージョン情報がサーバーに必要です。</translation>
    </message>
    <message>
        <source>The local copy is too old and will be downloaded again from the server.</source>
        <translation>ローカルのデータが古すぎるため、サーバーから再ダウンロードします。</translation>
    </message>
    <message>
        <source>Some values were not accepted: {fields}</source>
        <translation>一部の値が受け付けられませんでした：{fields}</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>一部の値が受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The server is busy. VIP Desk will try again in {wait}.</source>
        <translation>サーバーが混み合っています。{wait}後に VIP デスクが再試行します。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Signing in is locked for another {wait}.</source>
        <translation>失敗した回数が多すぎます。サインインはあと{wait}ロックされます。</translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again.</source>
        <translation>サーバーで問題が発生しました。VIP デスクが再試行します。</translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again in {wait}.</source>
        <translation>サーバーで問題が発生しました。{wait}後に VIP デスクが再試行します。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>数分</translation>
    </message>
</context>
<context>
    <name>AssetBook</name>
    <message>
        <source>VIP Desk is not connected to the platform.</source>
        <translation>VIP デスクはプラットフォームに接続されていません。</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation>このコンピューターには {name} を開けるプログラムがありません。</translation>
    </message>
    <message>
        <source>This image is too large to show ({w} × {h} pixels).</source>
        <translation>画像が大きすぎるため表示できません（{w} × {h} ピクセル）。</translation>
    </message>
    <message>
        <source>This file cannot be shown as an image.</source>
        <translation>このファイルは画像として表示できません。</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>ファイルを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>Files to send</source>
        <translation>送信するファイル</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>ファイルを添付（Ctrl+Shift+A）。ここにファイルをドロップするか、スクリーンショットを貼り付ける（Ctrl+V）こともできます</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>添付ファイルに関するメッセージ</translation>
    </message>
    <message>
        <source>Accepted files (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;All files (*)</source>
        <translation>添付できるファイル (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>A reply carries at most {n} files.</source>
        <translation>1件の返信に添付できるファイルは{n}個までです。</translation>
    </message>
    <message>
        <source>Attached as “{name}”: characters that can disguise a file name were removed.</source>
        <translation>「{name}」として添付しました。ファイル名を偽装できる文字は削除されています。</translation>
    </message>
    <message>
        <source>{name} was not attached: only PNG, JPEG and WebP images, PDF documents, MP4 videos and plain text files are accepted.</source>
        <translation>{name} は添付されませんでした。添付できるのは PNG・JPEG・WebP 画像、PDF 文書、MP4 動画、テキストファイルのみです。</translation>
    </message>
    <message>
        <source>{name} was not attached: the file is empty.</source>
        <translation>{name} は添付されませんでした。ファイルが空です。</translation>
    </message>
    <message>
        <source>{name} was not attached: it is larger than 25 MiB.</source>
        <translation>{name} は添付されませんでした。サイズが 25 MiB を超えています。</translation>
    </message>
    <message>
        <source>{name} was not attached: the image is {size}; at most {mp} megapixels are accepted.</source>
        <translation>{name} は添付されませんでした。画像サイズが {size} です。添付できるのは {mp} メガピクセルまでです。</translation>
    </message>
    <message>
        <source>{name} was not attached: it is {what}, not what its name says.</source>
        <translation>{name} は添付されませんでした。ファイルの中身は{what}で、ファイル名と一致しません。</translation>
    </message>
    <message>
        <source>{name} was not attached: its content does not match its type ({reason}).</source>
        <translation>{name} は添付されませんでした。内容がファイルの種類と一致しません（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Checking the files… ({n} left)</source>
        <translation>ファイルを確認しています…（残り{n}個）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 画像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 動画</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Remove the selected file ({key})</source>
        <translation>選択したファイルを削除（{key}）</translation>
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
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>プラットフォーム</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>&amp;Get new entries</source>
        <translation>新しいエントリを取得(&amp;G)</translation>
    </message>
    <message>
        <source>Page in the entries the server added (F5)</source>
        <translation>サーバーで追加されたエントリを読み込みます（F5）</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute the whole chain and check it against the pin kept on this computer (Ctrl+Shift+V)</source>
        <translation>チェーン全体を再計算し、この端末に保存された基準ハッシュと照合します（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Export view (&amp;CSV)…</source>
        <translation>表示中のエントリを CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>The entries listed now, with their words</source>
        <translation>現在一覧に表示されているエントリ（説明文付き）</translation>
    </message>
    <message>
        <source>Export chain (&amp;JSON Lines)…</source>
        <translation>チェーン全体を JSON Lines でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Every entry exactly as served, for &apos;vipclient audit verify&apos;</source>
        <translation>サーバーから受け取ったとおりの全エントリ（「vipclient audit verify」での検証用）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>uid, ticket, request…</source>
        <translation>UID、チケット、申請…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>直前のハッシュ</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <source>Details as served</source>
        <translation>サーバーから受け取った詳細</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %Ln entries</source>
        <translation>
            <numerusform>%Ln件中{n}件</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>{family}* (all)</source>
        <translation>{family}*（すべて）</translation>
    </message>
    <message>
        <source>Choose an entry to see it whole.</source>
        <translation>エントリを選択すると、全体が表示されます。</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>The log could not be read from the server: {reason} The entries already here are shown.</source>
        <translation>サーバーからログを読み込めませんでした：{reason} この端末にあるエントリを表示しています。</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>チェーンを検証しています…</translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation>チェーンを検証できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Export the listed entries</source>
        <translation>一覧のエントリをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export the whole chain</source>
        <translation>チェーン全体をエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines ファイル (*.jsonl)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>スタッフ ID</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {file}</source>
        <translation>
            <numerusform>%Ln件のエントリを {file} に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing exported: {reason}</source>
        <translation>エクスポートされませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>Not verified on this computer yet.</source>
        <translation>この端末ではまだ検証していません。</translation>
    </message>
    <message>
        <source>Verified before on this computer up to entry {size} (head {head}).</source>
        <translation>この端末では以前にエントリ {size} まで検証済みです（最新ハッシュ {head}）。</translation>
    </message>
    <message>
        <source>Checked against the server.</source>
        <translation>サーバーと照合しました。</translation>
    </message>
    <message>
        <source>Offline: the entries in this computer&apos;s cache were checked, the server was not asked.</source>
        <translation>オフライン：この端末のキャッシュにあるエントリを検証しました。サーバーには照会していません。</translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN from entry {start} on. Entry {size}, verified on this computer before with hash {hash}, no longer has that hash (the entries from {start} on differ from the ones kept here).</source>
        <translation>警告 — サーバーの監査履歴がエントリ {start} 以降で書き換えられています。この端末で以前にハッシュ {hash} として検証したエントリ {size} のハッシュが変わっています（エントリ {start} 以降が、この端末に保存されているものと異なります）。</translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN: entry {size}, verified on this computer before with hash {hash}, no longer has that hash. The chain holds together on its own, so every hash after the change was recomputed.</source>
        <translation>警告 — サーバーの監査履歴が書き換えられています：この端末で以前にハッシュ {hash} として検証したエントリ {size} のハッシュが変わっています。チェーン自体の整合性は保たれているため、変更箇所以降のハッシュはすべて再計算されています。</translation>
    </message>
    <message>
        <source>The old pin is kept as evidence and was not replaced; report this to the platform&apos;s security team.</source>
        <translation>以前の基準ハッシュは証拠として保持しており、置き換えていません。プラットフォームのセキュリティチームに報告してください。</translation>
    </message>
    <message>
        <source>Record: {path}</source>
        <translation>記録：{path}</translation>
    </message>
    <message>
        <source>The rewritten history starts here (entry {seq})</source>
        <translation>書き換えられた履歴はここから始まります（エントリ {seq}）</translation>
    </message>
    <message>
        <source>{n} entries verified, head {head}.</source>
        <translation>{n}件のエントリを検証しました。最新ハッシュ {head}。</translation>
    </message>
    <message>
        <source>Entry {seq} was CHANGED: its hash does not match its content, or it does not point to the entry before it. Everything before it verified ({n} entries).</source>
        <translation>エントリ {seq} が改ざんされています：ハッシュが内容と一致しないか、直前のエントリを指していません。それより前のエントリはすべて検証済みです（{n}件）。</translation>
    </message>
    <message>
        <source>Changed: this entry&apos;s hash does not match its content</source>
        <translation>改ざん：このエントリのハッシュが内容と一致しません</translation>
    </message>
    <message>
        <source>Entry {seq} is MISSING: the numbering jumps over it. Everything before it verified ({n} entries).</source>
        <translation>エントリ {seq} が欠落しています：番号が飛んでいます。それより前のエントリはすべて検証済みです（{n}件）。</translation>
    </message>
    <message>
        <source>Entry {seq} before this one is missing</source>
        <translation>このエントリの前のエントリ {seq} が欠落しています</translation>
    </message>
    <message>
        <source>ALARM — entry {seq} no longer has the hash verified on this computer before ({hash}): the history was rewritten. The old pin is kept as evidence.</source>
        <translation>警告 — エントリ {seq} のハッシュが、この端末で以前に検証した値（{hash}）と異なります。履歴が書き換えられています。以前の基準ハッシュは証拠として保持しています。</translation>
    </message>
    <message>
        <source>Rewritten: this entry no longer has the pinned hash</source>
        <translation>書き換え：このエントリのハッシュが基準ハッシュと一致しません</translation>
    </message>
    <message>
        <source>An entry after entry {head} lacks what every entry has. Everything before it verified ({n} entries).</source>
        <translation>エントリ {head} より後のエントリに、必須の項目が欠けています。それより前のエントリはすべて検証済みです（{n}件）。</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>login</source>
        <extracomment>Enum values shown inside sentences (scopes, reasons, severities, alert kinds, teams…).</extracomment>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>trading</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>account compromise</source>
        <translation>アカウント乗っ取り</translation>
    </message>
    <message>
        <source>phishing report</source>
        <translation>フィッシング報告</translation>
    </message>
    <message>
        <source>suspicious withdrawal</source>
        <translation>不審な出金</translation>
    </message>
    <message>
        <source>legal order</source>
        <translation>法的命令</translation>
    </message>
    <message>
        <source>client&apos;s request</source>
        <translation>顧客の依頼</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
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
        <translation>緊急</translation>
    </message>
    <message>
        <source>new device login</source>
        <translation>新しいデバイスからのログイン</translation>
    </message>
    <message>
        <source>withdrawal to a new address</source>
        <translation>新しいアドレスへの出金</translation>
    </message>
    <message>
        <source>SIM swap report</source>
        <translation>SIM スワップの報告</translation>
    </message>
    <message>
        <source>API key used from a new IP</source>
        <translation>新しい IP からの API キー使用</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>パスワードリセット</translation>
    </message>
    <message>
        <source>unusual volume</source>
        <translation>異常な取引高</translation>
    </message>
    <message>
        <source>fee request</source>
        <translation>手数料申請</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>出金申請</translation>
    </message>
    <message>
        <source>API access request</source>
        <translation>API アクセス申請</translation>
    </message>
    <message>
        <source>{actor} signed in</source>
        <extracomment>One sentence per action; ``{actor}`` is a staff member&apos;s name or &quot;The platform&quot;.</extracomment>
        <translation>{actor} がサインインしました</translation>
    </message>
    <message>
        <source>A sign-in as {username} failed</source>
        <translation>{username} としてのサインインに失敗しました</translation>
    </message>
    <message>
        <source>{actor} confirmed with a fresh code</source>
        <translation>{actor} が新しいコードで本人確認しました</translation>
    </message>
    <message>
        <source>A code entered by {username} was refused</source>
        <translation>{username} が入力したコードが拒否されました</translation>
    </message>
    <message>
        <source>{username} was locked out after {failures} failed attempts</source>
        <translation>{username} が{failures}回失敗したためロックされました</translation>
    </message>
    <message>
        <source>A used sign-in token came back: every session of {actor} ended</source>
        <translation>使用済みのサインイントークンが再使用されたため、{actor} のすべてのセッションを終了しました</translation>
    </message>
    <message>
        <source>{actor} signed out</source>
        <translation>{actor} がサインアウトしました</translation>
    </message>
    <message>
        <source>{actor} changed {target}: {changed}</source>
        <translation>{actor} が {target} を変更しました：{changed}</translation>
    </message>
    <message>
        <source>{actor} froze {target}: {scopes} — {reason}</source>
        <translation>{actor} が {target} を凍結しました：{scopes} — {reason}</translation>
    </message>
    <message>
        <source>{actor} widened the freeze of {target} to {scopes} — {reason}</source>
        <translation>{actor} が {target} の凍結範囲を{scopes}に拡大しました — {reason}</translation>
    </message>
    <message>
        <source>{actor} lifted the freeze of {target} (asked for by {requester})</source>
        <translation>{actor} が {target} の凍結を解除しました（申請者：{requester}）</translation>
    </message>
    <message>
        <source>{actor} exported the conversations of {target} as {format} (tickets: {count})</source>
        <translation>{actor} が {target} の会話記録を {format} でエクスポートしました（チケット{count}件）</translation>
    </message>
    <message>
        <source>{actor} asked to lift the freeze of {client}: {reason}</source>
        <translation>{actor} が {client} の凍結解除を申請しました：{reason}</translation>
    </message>
    <message>
        <source>{actor} approved lifting the freeze of {client}</source>
        <translation>{actor} が {client} の凍結解除を承認しました</translation>
    </message>
    <message>
        <source>{actor} kept the freeze of {client} (request rejected)</source>
        <translation>{actor} が {client} の凍結を維持しました（解除申請を却下）</translation>
    </message>
    <message>
        <source>{client} opened ticket {target}</source>
        <translation>{client} がチケット {target} を作成しました</translation>
    </message>
    <message>
        <source>{actor} wrote on ticket {target}</source>
        <translation>{actor} がチケット {target} に返信しました</translation>
    </message>
    <message>
        <source>{actor} added an internal note to ticket {target}</source>
        <translation>{actor} がチケット {target} に社内メモを追加しました</translation>
    </message>
    <message>
        <source>The client wrote on ticket {target}</source>
        <translation>顧客がチケット {target} にメッセージを送信しました</translation>
    </message>
    <message>
        <source>{actor} assigned ticket {target} to {to}</source>
        <translation>{actor} がチケット {target} を {to} に割り当てました</translation>
    </message>
    <message>
        <source>{actor} moved ticket {target} from {from} to {to}</source>
        <translation>{actor} がチケット {target} のステータスを「{from}」から「{to}」に変更しました</translation>
    </message>
    <message>
        <source>{actor} escalated ticket {target} to {team}</source>
        <translation>{actor} がチケット {target} を{team}にエスカレーションしました</translation>
    </message>
    <message>
        <source>{actor} attached {filename} to ticket {target}</source>
        <translation>{actor} がチケット {target} に {filename} を添付しました</translation>
    </message>
    <message>
        <source>{actor} asked for {kind} {target} for {client} (rule {rule})</source>
        <translation>{actor} が {client} の{kind} {target} を提出しました（ルール {rule}）</translation>
    </message>
    <message>
        <source>{actor} approved {kind} {target}</source>
        <translation>{actor} が{kind} {target} を承認しました</translation>
    </message>
    <message>
        <source>{actor} rejected {kind} {target}</source>
        <translation>{actor} が{kind} {target} を却下しました</translation>
    </message>
    <message>
        <source>{actor} cancelled {kind} {target}</source>
        <translation>{actor} が{kind} {target} を取り消しました</translation>
    </message>
    <message>
        <source>{kind} {target} was applied to {client}</source>
        <translation>{kind} {target} が {client} に適用されました</translation>
    </message>
    <message>
        <source>{kind} {target} expired</source>
        <translation>{kind} {target} が期限切れになりました</translation>
    </message>
    <message>
        <source>The rule {rule} blocked {actor}&apos;s {kind} for {target}</source>
        <translation>ルール {rule} により、{actor} による {target} の{kind}がブロックされました</translation>
    </message>
    <message>
        <source>{actor} was refused {target}</source>
        <translation>{actor} は {target} へのアクセスを拒否されました</translation>
    </message>
    <message>
        <source>A {severity} alert was raised on {target}: {kind}</source>
        <translation>{target} で重大度「{severity}」のアラートが発生しました：{kind}</translation>
    </message>
    <message>
        <source>{actor} acknowledged alert {alert} on {target}</source>
        <translation>{actor} が {target} のアラート {alert} を確認しました</translation>
    </message>
    <message>
        <source>{actor} dismissed alert {alert} on {target}: {note}</source>
        <translation>{actor} が {target} のアラート {alert} を対応不要としました：{note}</translation>
    </message>
    <message>
        <source>{actor} froze {target} in answer to alert {alert}</source>
        <translation>{actor} がアラート {alert} を受けて {target} を凍結しました</translation>
    </message>
    <message>
        <source>{actor}: {action} {target}</source>
        <translation>{actor}：{action} {target}</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>プラットフォーム</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The tickets behind the figure; Enter opens one</source>
        <translation>この数値の内訳のチケット。Enter キーで開きます</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n tickets · Enter opens one</source>
        <translation>
            <numerusform>%n件中{shown}件のチケットを表示 · Enter キーで開きます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets · Enter opens one</source>
        <translation>
            <numerusform>チケット%n件 · Enter キーで開きます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP デスク</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Save this chart as a picture or its data as CSV</source>
        <translation>このグラフを画像として、またはデータを CSV として保存します</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>グラフを PNG で保存…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>データを CSV で保存…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>データを CSV で保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Arrow keys move between the bars; Enter opens the tickets behind one</source>
        <translation>矢印キーで棒を移動し、Enter キーでその棒の内訳のチケットを開きます</translation>
    </message>
    <message>
        <source>The rows behind this figure</source>
        <translation>この数値の内訳の行</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Client uid or name…</source>
        <translation>顧客 UID または氏名…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>Reply to open ticket</source>
        <extracomment>The client&apos;s version when the person began editing (the edit&apos;s If-Match). Shows a conflict; tests replace it to answer without a modal loop.</extracomment>
        <translation>未解決のチケットに返信</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>希望チャネル</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation>KYC レベル</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>アカウントマネージャー</translation>
    </message>
    <message>
        <source>30-day volume</source>
        <translation>30日間取引高</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>手数料体系</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24時間出金限度額</translation>
    </message>
    <message>
        <source>API rate tier</source>
        <translation>API レート制限ランク</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP ホワイトリスト</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>タグとメモ</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. otc, market-maker</source>
        <translation>カンマ区切り（例：otc, market-maker）</translation>
    </message>
    <message>
        <source>Notes about this client (visible to all staff)</source>
        <translation>この顧客に関するメモ（全スタッフが閲覧できます）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Resolve conflict…</source>
        <translation>競合を解決…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>申請…</translation>
    </message>
    <message>
        <source>Make a request for this client</source>
        <translation>この顧客について申請を作成します</translation>
    </message>
    <message>
        <source>FROZEN since {since} — {scopes} — {reason}{note}</source>
        <translation>凍結中（{since} から）— {scopes} — {reason}{note}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>FROZEN — {scopes}</source>
        <translation>凍結中 — {scopes}</translation>
    </message>
    <message>
        <source>none (any IP)</source>
        <translation>なし（すべての IP）</translation>
    </message>
    <message>
        <source>maker {maker} bps / taker {taker} bps</source>
        <translation>メイカー {maker} bps / テイカー {taker} bps</translation>
    </message>
    <message>
        <source>custom, expires in {t}</source>
        <translation>個別設定、残り{t}で失効</translation>
    </message>
    <message>
        <source>custom, expired</source>
        <translation>個別設定、失効済み</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>個別設定</translation>
    </message>
    <message>
        <source>tier schedule</source>
        <translation>ランク標準</translation>
    </message>
    <message>
        <source>This client has no open ticket</source>
        <translation>この顧客には未解決のチケットがありません</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Fee request</source>
        <translation>手数料申請</translation>
    </message>
    <message>
        <source>Withdrawal request</source>
        <translation>出金申請</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>凍結</translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation>API アクセス申請</translation>
    </message>
    <message>
        <source>Someone else changed this client: choose a version.</source>
        <translation>この顧客情報は他のユーザーによって変更されました。どちらの版を残すか選んでください。</translation>
    </message>
    <message>
        <source>Saved here; sending…</source>
        <translation>この端末に保存済み。送信中…</translation>
    </message>
    <message>
        <source>Opens one of this client&apos;s open tickets to answer it</source>
        <translation>この顧客の未解決チケットを開いて返信します</translation>
    </message>
    <message>
        <source>The client&apos;s tags, separated by commas</source>
        <translation>顧客のタグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>Notes about this client, seen by all staff</source>
        <translation>この顧客に関するメモ（全スタッフが閲覧できます）</translation>
    </message>
    <message>
        <source>Saves the tags and notes</source>
        <translation>タグとメモを保存します</translation>
    </message>
    <message>
        <source>Someone else changed this client meanwhile: choose what to keep</source>
        <translation>この顧客情報はその間に他のユーザーが変更しました。残す内容を選んでください</translation>
    </message>
    <message>
        <source>The client&apos;s tickets and requests, newest first; Enter opens one</source>
        <translation>顧客のチケットと申請（新しい順）。Enter キーで開きます</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request, sent for approval</source>
        <translation>手数料・出金・API アクセスの申請を作成し、承認に回します</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>顧客プロフィール</translation>
    </message>
    <message>
        <source>The chosen client&apos;s details, notes, activity and exports</source>
        <translation>選択した顧客の詳細、メモ、アクティビティ、エクスポート</translation>
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
        <translation>氏名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>30-day volume (USD)</source>
        <translation>30日間取引高（USD）</translation>
    </message>
    <message>
        <source>Assets (USD)</source>
        <translation>資産（USD）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>凍結中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>タグ：{tags}</translation>
    </message>
    <message>
        <source>Search uid, name or e-mail…</source>
        <extracomment>How &quot;reply to open ticket&quot; opens a ticket: in the main window&apos;s Lanes section when this screen lives in a window that can (``open_ticket``), else in a window of its own.</extracomment>
        <translation>UID、氏名、メールで検索…</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>自分の担当顧客</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>すべてのランク</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>凍結中</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>No client matches these filters.</source>
        <translation>条件に一致する顧客はいません。</translation>
    </message>
    <message>
        <source>Book of {name}</source>
        <translation>{name} の担当顧客</translation>
    </message>
    <message>
        <source>Ticket {id}</source>
        <translation>チケット {id}</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>解除済み</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>顧客を検索</translation>
    </message>
    <message>
        <source>Narrows the list to clients whose uid, name or e-mail contains this</source>
        <translation>UID、氏名、メールにこの文字列を含む顧客に絞り込みます</translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation>表示する顧客</translation>
    </message>
    <message>
        <source>Shows your book or every client</source>
        <translation>自分の担当顧客またはすべての顧客を表示します</translation>
    </message>
    <message>
        <source>Shows only clients of this VIP tier</source>
        <translation>この VIP ランクの顧客のみを表示します</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Shows only clients who speak this language</source>
        <translation>この言語を話す顧客のみを表示します</translation>
    </message>
    <message>
        <source>Shows only active or only frozen clients</source>
        <translation>有効な顧客のみ、または凍結中の顧客のみを表示します</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Shows only clients with this tag</source>
        <translation>このタグが付いた顧客のみを表示します</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>The clients that match the filters; the chosen one&apos;s profile is beside</source>
        <translation>条件に一致する顧客。選択した顧客のプロフィールが横に表示されます</translation>
    </message>
</context>
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>顧客%n人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>VIP Desk ran into a problem</source>
        <translation>VIP デスクで問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong inside VIP Desk. Your work is kept: actions you took are saved and will still be sent. You can carry on; if it happens again, send the details below to IT support.</source>
        <translation>VIP デスクの内部で問題が発生しました。作業内容は失われていません。行った操作は保存されており、このあと送信されます。このまま作業を続けられます。再び発生した場合は、以下の詳細を IT サポートに送ってください。</translation>
    </message>
    <message>
        <source>The log is kept in: {path}</source>
        <translation>ログの保存先：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open tickets</source>
        <translation>未解決のチケット</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>現在 SLA 超過</translation>
    </message>
    <message>
        <source>Open tickets per lane</source>
        <translation>レーン別の未解決チケット</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>{lane}: open tickets</source>
        <translation>{lane}：未解決のチケット</translation>
    </message>
    <message>
        <source>{lane}: breached now</source>
        <translation>{lane}：現在 SLA 超過</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>SLA met per day (%)</source>
        <translation>日別 SLA 達成率（%）</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>次回応答</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>First responses settled on {day}</source>
        <translation>{day} に判定された初回応答</translation>
    </message>
    <message>
        <source>Resolutions settled on {day}</source>
        <translation>{day} に判定された解決</translation>
    </message>
    <message>
        <source>Median (minutes)</source>
        <translation>中央値（分）</translation>
    </message>
    <message>
        <source>Median first response per tier</source>
        <translation>ランク別の初回応答時間（中央値）</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Tickets answered</source>
        <translation>応答済みチケット</translation>
    </message>
    <message>
        <source>{tier}: tickets opened in the period and answered, slowest first</source>
        <translation>{tier}：期間内に作成され応答済みのチケット（遅い順）</translation>
    </message>
    <message>
        <source>{clock} met</source>
        <translation>{clock} 達成</translation>
    </message>
    <message>
        <source>{clock} missed</source>
        <translation>{clock} 未達</translation>
    </message>
    <message>
        <source>{clock} %</source>
        <translation>{clock} %</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>作成されたチケット</translation>
    </message>
    <message>
        <source>Tickets opened per channel</source>
        <translation>チャネル別の作成チケット数</translation>
    </message>
    <message>
        <source>{channel}: tickets opened in the period</source>
        <translation>{channel}：期間内に作成されたチケット</translation>
    </message>
    <message>
        <source>SLA met per channel (%)</source>
        <translation>チャネル別 SLA 達成率（%）</translation>
    </message>
    <message>
        <source>{channel}: first responses settled, missed first</source>
        <translation>{channel}：判定済みの初回応答（未達を先頭に表示）</translation>
    </message>
    <message>
        <source>{channel}: resolutions settled, missed first</source>
        <translation>{channel}：判定済みの解決（未達を先頭に表示）</translation>
    </message>
    <message>
        <source>SLA breaches by tier and category</source>
        <translation>ランク・カテゴリ別の SLA 超過</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>{tier} · {category}: SLA breaches</source>
        <translation>{tier} · {category}：SLA 超過</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>待機開始</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機時間</translation>
    </message>
    <message>
        <source>Requests waiting for approval, by age</source>
        <translation>承認待ちの申請（待機時間別）</translation>
    </message>
    <message>
        <source>{kind} requests waiting {age}</source>
        <translation>待機時間{age}の{kind}申請</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>凍結対象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>No active freezes.</source>
        <translation>有効な凍結はありません。</translation>
    </message>
    <message>
        <source>Open risk alerts by severity</source>
        <translation>重大度別の未対応リスクアラート</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>{severity} risk alerts ({status})</source>
        <translation>重大度「{severity}」のリスクアラート（{status}）</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>アカウントセキュリティ</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>手数料体系</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API アクセス</translation>
    </message>
    <message>
        <source>0–1 h</source>
        <translation>0～1時間</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1～4時間</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4～24時間</translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation>1～3日</translation>
    </message>
    <message>
        <source>≥ 3 d</source>
        <translation>3日以上</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>アカウント乗っ取り</translation>
    </message>
    <message>
        <source>Phishing report</source>
        <translation>フィッシング報告</translation>
    </message>
    <message>
        <source>Suspicious withdrawal</source>
        <translation>不審な出金</translation>
    </message>
    <message>
        <source>Legal order</source>
        <translation>法的命令</translation>
    </message>
    <message>
        <source>Client&apos;s request</source>
        <translation>顧客の依頼</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>trading</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}日{h}時間</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}時間{m}分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}分</translation>
    </message>
    <message>
        <source>Active freezes</source>
        <translation>有効な凍結</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting · the oldest for {age}</source>
        <translation>
            <numerusform>承認待ち%n件 · 最長{age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>有効%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未対応%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Mine</source>
        <extracomment>Sync&apos;s changes are drawn this long after the last page (pages come in bursts). Figures that move with the clock alone (breaches now, ages) are read again this often. Entities whose changes move a figure. Between two cards&apos; drawing: a timer, not a posted call, so the card just drawn is painted in a turn of its own (a posted call ran in the same turn as the paint: 11–15 ms at once).</extracomment>
        <translation>自分</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>The team&apos;s figures are for supervisors.</source>
        <translation>チームの数値はスーパーバイザーのみ閲覧できます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>数値を再読み込み（F5）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Updated {time} · the last {days} days, in your time zone ({tz})</source>
        <translation>{time} 更新 · 過去{days}日間、お使いのタイムゾーン（{tz}）で表示</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>表示する数値</translation>
    </message>
    <message>
        <source>Your own figures, or your team&apos;s (for supervisors)</source>
        <translation>自分の数値、またはチームの数値（スーパーバイザー向け）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Every chart of the dashboard; each one exports to PNG and CSV</source>
        <translation>ダッシュボードのすべてのグラフ。それぞれ PNG と CSV にエクスポートできます</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Approve request</source>
        <translation>申請を承認</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>申請を却下</translation>
    </message>
    <message>
        <source>You approve exactly this:</source>
        <translation>承認する内容は次のとおりです：</translation>
    </message>
    <message>
        <source>You reject this:</source>
        <translation>却下する内容は次のとおりです：</translation>
    </message>
    <message>
        <source>{kind} for {client} ({uid}, {tier})</source>
        <translation>{client}（{uid}、{tier}）の{kind}</translation>
    </message>
    <message>
        <source>{asked} (now {now})</source>
        <translation>{asked}（現在 {now}）</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>申請理由</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Rule {rule}</source>
        <translation>ルール {rule}</translation>
    </message>
    <message>
        <source>This rule asks for a fresh TOTP code: you will be asked for yours when your approval is sent.</source>
        <translation>このルールでは新しい TOTP コードが必要です。承認を送信するときにコードの入力を求められます。</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>コメント（却下する場合は必須）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>コメント（任意）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Say why you reject it: the requester reads your comment.</source>
        <translation>却下の理由を記入してください。コメントは申請者に表示されます。</translation>
    </message>
    <message>
        <source>A comment has at most {n} characters.</source>
        <translation>コメントは{n}文字以内で入力してください。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transcript — {name}</source>
        <translation>会話記録のエクスポート — {name}</translation>
    </message>
    <message>
        <source>Tickets to export</source>
        <translation>エクスポートするチケット</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>None</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON データ</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Include them, marked as internal</source>
        <translation>含める（社内用と明記）</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>含めない</translation>
    </message>
    <message>
        <source>Reason for the export</source>
        <translation>エクスポートの理由</translation>
    </message>
    <message>
        <source>Why this transcript leaves the desk (the client&apos;s request, a compliance case…)</source>
        <translation>この会話記録を持ち出す理由（顧客からの依頼、コンプライアンス案件など）</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>保存先ファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>エクスポートの状況</translation>
    </message>
    <message>
        <source>Record and export</source>
        <translation>記録してエクスポート</translation>
    </message>
    <message>
        <source>Records the export with the platform (a fresh code is asked for), then writes the file</source>
        <translation>エクスポートをプラットフォームに記録してから（新しいコードの入力が必要です）、ファイルを書き出します</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>チケットを1件以上選択してください。</translation>
    </message>
    <message>
        <source>Write a reason of {a} to {b} characters.</source>
        <translation>理由を{a}～{b}文字で入力してください。</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>会話記録のエクスポート</translation>
    </message>
    <message>
        <source>VIP Desk is not connected to the platform: an export must be recorded there first. Try again when online.</source>
        <translation>VIP デスクがプラットフォームに接続されていません。エクスポートは先にプラットフォームに記録する必要があります。オンラインになってから再試行してください。</translation>
    </message>
    <message>
        <source>Reading threads from the platform ({n})…</source>
        <translation>プラットフォームからスレッドを読み込んでいます（{n}件）…</translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation>ファイルを作成しています…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Recording the export with the platform…</source>
        <translation>エクスポートをプラットフォームに記録しています…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>ファイルを書き出しています…</translation>
    </message>
    <message>
        <source>Written to {path}.
Recorded as export {id}.
SHA-256: {sha}</source>
        <translation>{path} に書き出しました。
エクスポート {id} として記録しました。
SHA-256：{sha}</translation>
    </message>
    <message>
        <source>The export was recorded ({id}) but the file could not be written ({reason}). Choose another place and press the button again: the same file is written.</source>
        <translation>エクスポートは記録されました（{id}）が、ファイルを書き出せませんでした（{reason}）。別の保存先を選んでもう一度ボタンを押してください。同じ内容のファイルが書き出されます。</translation>
    </message>
    <message>
        <source>Write the file again</source>
        <translation>ファイルを再度書き出す</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>エクスポートされませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>FeeRequestForm</name>
    <message>
        <source>Request a custom fee schedule</source>
        <translation>個別手数料体系を申請</translation>
    </message>
    <message>
        <source>e.g. 4.5</source>
        <translation>例：4.5</translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation>メイカー手数料率（bps）</translation>
    </message>
    <message>
        <source>e.g. 8</source>
        <translation>例：8</translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation>テイカー手数料率（bps）</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>&amp;Maker rate (bps)</source>
        <translation>メイカー手数料率（bps）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Taker rate (bps)</source>
        <translation>テイカー手数料率（bps）(&amp;T)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>メイカー</translation>
    </message>
    <message>
        <source>Taker</source>
        <translation>テイカー</translation>
    </message>
    <message>
        <source>Tier&apos;s rates</source>
        <translation>ランク標準の料率</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請値</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>現在適用中</translation>
    </message>
    <message>
        <source>Fee schedule for {client} ({uid}): {rates}</source>
        <translation>{client}（{uid}）の手数料体系：{rates}</translation>
    </message>
    <message>
        <source>Which markets the schedule applies to: spot, futures or both</source>
        <translation>手数料体系を適用する市場（現物、先物、または両方）</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>the 24×7 security line on your desk card</source>
        <translation>デスクカードに記載されている24時間対応のセキュリティ専用ダイヤル</translation>
    </message>
    <message>
        <source>Freeze account — {name}</source>
        <translation>アカウントの凍結 — {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation>{what}（{key}）</translation>
    </message>
    <message>
        <source>Freeze {scope}</source>
        <translation>{scope}を凍結</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What happened (required for &apos;other&apos;, at least {n} characters)</source>
        <translation>経緯（理由が「その他」の場合は必須、{n}文字以上）</translation>
    </message>
    <message>
        <source>Alerts this freeze answers</source>
        <translation>この凍結で対応するアラート</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>実行される内容</translation>
    </message>
    <message>
        <source>6-digit code (asked for if left empty)</source>
        <translation>6桁のコード（空欄の場合は後で入力を求めます）</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>認証アプリのコード</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Freeze now</source>
        <translation>今すぐ凍結(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>凍結</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>{n} of at least {min} characters</source>
        <translation>{n}文字（{min}文字以上必要）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Freeze {name} ({uid}): {scopes}</source>
        <translation>{name}（{uid}）を凍結：{scopes}</translation>
    </message>
    <message>
        <source>Sending the freeze to the platform… The account is not frozen until the platform confirms.</source>
        <translation>凍結をプラットフォームに送信しています… プラットフォームで確定するまで、アカウントは凍結されていません。</translation>
    </message>
    <message>
        <source>FROZEN — the platform confirmed the freeze of {name} ({uid}) at {time}: {scopes}. Freeze {id}.</source>
        <translation>凍結完了 — {time} にプラットフォームが {name}（{uid}）の凍結を確定しました：{scopes}。凍結 {id}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>再試行(&amp;A)</translation>
    </message>
    <message>
        <source>The account of {name} ({uid}) is NOT frozen. {reason} If the client is at risk now, call {line} and ask for the freeze by phone.</source>
        <translation>{name}（{uid}）のアカウントは凍結されていません。{reason} 顧客に差し迫った危険がある場合は、{line}に電話して凍結を依頼してください。</translation>
    </message>
</context>
<context>
    <name>FreezesView</name>
    <message>
        <source>Active freezes</source>
        <translation>有効な凍結</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>凍結対象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>For</source>
        <translation>凍結期間</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>凍結実施者</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>解除申請</translation>
    </message>
    <message>
        <source>&amp;Request unfreeze…</source>
        <translation>凍結解除を申請(&amp;R)…</translation>
    </message>
    <message>
        <source>Ask a second officer to lift this freeze (Ctrl+Shift+U)</source>
        <translation>別のセキュリティ担当者にこの凍結の解除を依頼します（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <source>A&amp;pprove lifting</source>
        <translation>解除を承認(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>却下(&amp;J)</translation>
    </message>
    <message>
        <source>{who} asked: {reason}</source>
        <translation>{who} が申請：{reason}</translation>
    </message>
    <message>
        <source>Choose a freeze to see it and lift it.</source>
        <translation>凍結を選択すると、詳細の確認と解除ができます。</translation>
    </message>
    <message>
        <source>{name} ({uid}) frozen since {since} by {by}: {scopes} — {reason}</source>
        <translation>{name}（{uid}）— {since} から凍結中（実施者：{by}）：{scopes} — {reason}</translation>
    </message>
    <message>
        <source>Only security officers lift freezes.</source>
        <translation>凍結を解除できるのはセキュリティ担当者のみです。</translation>
    </message>
    <message>
        <source>You asked to lift this freeze, so another security officer must approve it (dual control). You can still withdraw it with Reject.</source>
        <translation>ご自身が解除を申請した凍結のため、別のセキュリティ担当者の承認が必要です（デュアルコントロール）。「却下」で申請を取り下げることもできます。</translation>
    </message>
    <message>
        <source>{who} asked to lift this freeze; approving needs a fresh code.</source>
        <translation>{who} がこの凍結の解除を申請しています。承認には新しいコードが必要です。</translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation>理由を10～2000文字で入力してください。</translation>
    </message>
    <message>
        <source>Request unfreeze</source>
        <translation>凍結解除の申請</translation>
    </message>
    <message>
        <source>Why may {name} ({uid}) be unfrozen? A second security officer reads this before approving.</source>
        <translation>{name}（{uid}）の凍結を解除してよい理由を入力してください。承認前に別のセキュリティ担当者が確認します。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Ask to lift the freeze of {name} ({uid})</source>
        <translation>{name}（{uid}）の凍結解除を申請</translation>
    </message>
    <message>
        <source>Asking to lift the freeze…</source>
        <translation>凍結解除を申請しています…</translation>
    </message>
    <message>
        <source>Lift the freeze of {name} ({uid})</source>
        <translation>{name}（{uid}）の凍結を解除</translation>
    </message>
    <message>
        <source>Keep the freeze of {name} ({uid})</source>
        <translation>{name}（{uid}）の凍結を維持</translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation>判断を送信しています…</translation>
    </message>
    <message>
        <source>Asked at {time}: another security officer must approve.</source>
        <translation>{time} に申請しました。別のセキュリティ担当者の承認が必要です。</translation>
    </message>
    <message>
        <source>Lifted at {time}: the client is no longer frozen.</source>
        <translation>{time} に解除しました。この顧客は凍結されていません。</translation>
    </message>
    <message>
        <source>Rejected at {time}: the freeze stays.</source>
        <translation>{time} に却下しました。凍結は継続します。</translation>
    </message>
    <message>
        <source>Done at {time}.</source>
        <translation>{time} に完了しました。</translation>
    </message>
    <message>
        <source>Nothing changed: {reason}</source>
        <translation>変更されませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help articles</source>
        <translation>ヘルプ記事</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>ヘルプ記事を検索…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>ヘルプ記事を検索</translation>
    </message>
    <message>
        <source>Language of the articles</source>
        <translation>記事の言語</translation>
    </message>
    <message>
        <source>The ticket&apos;s language first, or only the articles in one language</source>
        <translation>チケットの言語の記事を優先するか、特定の言語の記事のみを表示します</translation>
    </message>
    <message>
        <source>Ticket&apos;s language first</source>
        <translation>チケットの言語を優先</translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation>一致する記事</translation>
    </message>
    <message>
        <source>Articles that match the search; Enter inserts the chosen one into the reply</source>
        <translation>検索に一致する記事。Enter キーで選択した記事を返信に挿入します</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>The chosen article</source>
        <translation>選択した記事</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>返信に挿入</translation>
    </message>
    <message>
        <source>Insert the title, a two-line summary and the link (Enter in the list)</source>
        <translation>タイトル、2行の要約、リンクを挿入します（一覧で Enter キー）</translation>
    </message>
    <message>
        <source> · used {n}×</source>
        <translation> · 使用{n}回</translation>
    </message>
    <message>
        <source>Articles found: {n}</source>
        <translation>見つかった記事：{n}件</translation>
    </message>
    <message>
        <source>No article matches. Try fewer or other words.</source>
        <translation>一致する記事はありません。キーワードを減らすか、別の言葉でお試しください。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>画像ビューアー</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} ピクセル</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Emergency</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>VIP priority</source>
        <translation>VIP 優先</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>顧客の返答待ち</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}日{h}時間</translation>
    </message>
    <message>
        <source>{h} h {m:02d} m</source>
        <translation>{h}時間{m:02d}分</translation>
    </message>
    <message>
        <source>{m} m {s:02d} s</source>
        <translation>{m}分{s:02d}秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <source>−{t}</source>
        <translation>−{t}</translation>
    </message>
    <message>
        <source>no SLA clock running</source>
        <translation>SLA 計測なし</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>次回応答</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>{name} — FROZEN</source>
        <translation>{name} — 凍結中</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>{clock}: {state}</source>
        <translation>{clock}：{state}</translation>
    </message>
    <message>
        <source>All tickets</source>
        <extracomment>More changed tickets than this since the index was read: wait for the full recompute. Entities whose changes a patch covers (lanes read only ticket rows; a message changes its ticket&apos;s row too). Anything else (a client&apos;s tier, the outbox…) waits for the full index.</extracomment>
        <translation>すべてのチケット</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>すべてのチャネル</translation>
    </message>
    <message>
        <source>Choose a ticket to read it here.</source>
        <translation>チケットを選択すると、ここに内容が表示されます。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No tickets in this lane.</source>
        <translation>このレーンにチケットはありません。</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>超過間近</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>not counting</source>
        <translation>計測なし</translation>
    </message>
    <message>
        <source>Whose tickets</source>
        <translation>表示するチケット</translation>
    </message>
    <message>
        <source>Shows all tickets, yours or the unassigned ones</source>
        <translation>すべてのチケット、自分の担当、または未割り当てのチケットを表示します</translation>
    </message>
    <message>
        <source>Shows only tickets written in this language</source>
        <translation>この言語で書かれたチケットのみを表示します</translation>
    </message>
    <message>
        <source>Shows only tickets that came by this channel</source>
        <translation>このチャネルから届いたチケットのみを表示します</translation>
    </message>
    <message>
        <source>Tickets of this lane · {key}</source>
        <translation>このレーンのチケット · {key}</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Each lane with its count of tickets and of late ones; Alt+1 to Alt+5</source>
        <translation>各レーンとそのチケット数・超過数。Alt+1～Alt+5</translation>
    </message>
    <message>
        <source>Tickets of the lane</source>
        <translation>レーンのチケット</translation>
    </message>
    <message>
        <source>SLA time left first; Enter opens the ticket</source>
        <translation>SLA の残り時間が先頭。Enter キーでチケットを開きます</translation>
    </message>
</context>
<context>
    <name>LanesSection</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>超過%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>チケット%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a breached SLA</source>
        <translation>
            <numerusform>うち SLA 超過%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>{time} ({day}, {zone})</source>
        <translation>{time}（{day}、{zone}）</translation>
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
        <source>VIP Desk — {name}</source>
        <translation>VIP デスク — {name}</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（デモ）</translation>
    </message>
    <message>
        <source>{title} ({shortcut})</source>
        <translation>{title}（{shortcut}）</translation>
    </message>
    <message>
        <source>Client profiles are not available here.</source>
        <translation>ここでは顧客プロフィールを利用できません。</translation>
    </message>
    <message>
        <source>Requests are not available here.</source>
        <translation>ここでは申請機能を利用できません。</translation>
    </message>
    <message>
        <source>Tickets are not available here.</source>
        <translation>ここではチケットを利用できません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search clients and tickets…</source>
        <translation>顧客とチケットを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>同期の問題(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>デモ(&amp;D)</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>{name} に切り替え</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VIP Desk</source>
        <translation>VIP デスクについて(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>The screens of VIP Desk; Ctrl+1 and on go straight to one</source>
        <translation>VIP デスクの各画面。Ctrl+1 以降のキーで直接移動できます</translation>
    </message>
</context>
<context>
    <name>NotesConflict</name>
    <message>
        <source>Someone else changed this client</source>
        <translation>この顧客情報は他のユーザーによって変更されました</translation>
    </message>
    <message>
        <source>Notes or tags of {uid} were changed by someone else while your edit was on its way. Choose which version to keep.</source>
        <translation>編集内容を送信している間に、{uid} のメモまたはタグが他のユーザーによって変更されました。どちらの版を残すか選んでください。</translation>
    </message>
    <message>
        <source>Tags: {t}</source>
        <translation>タグ：{t}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>相手の版を採用</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your version&lt;/b&gt;</source>
        <translation>&lt;b&gt;自分の版&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the server now&lt;/b&gt;</source>
        <translation>&lt;b&gt;現在のサーバーの版&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <extracomment>At most this many tickets are named one by one in one round; the rest are counted.</extracomment>
        <translation>開く</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation>VIP デスク</translation>
    </message>
    <message>
        <source>Emergency lane</source>
        <translation>緊急レーン</translation>
    </message>
    <message>
        <source>Emergency: {client}</source>
        <translation>緊急：{client}</translation>
    </message>
    <message>
        <source>About to breach: {client}</source>
        <translation>まもなく SLA 超過：{client}</translation>
    </message>
    <message>
        <source>More tickets need you</source>
        <translation>対応が必要なチケットがほかにもあります</translation>
    </message>
    <message>
        <source>Opens what the notice is about</source>
        <translation>通知の対象を開きます</translation>
    </message>
    <message>
        <source>Hides this notice</source>
        <translation>この通知を閉じます</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n tickets of your book are in Emergency.</source>
        <translation>
            <numerusform>担当顧客のチケット%n件が緊急レーンに入っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more tickets entered Emergency or are about to breach.</source>
        <translation>
            <numerusform>ほかに%n件のチケットが緊急レーンに入ったか、まもなく SLA を超過します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only account managers and supervisors can make requests for clients.</source>
        <translation>顧客についての申請は、アカウントマネージャーとスーパーバイザーのみが行えます。</translation>
    </message>
    <message>
        <source>Only this client&apos;s account manager or a supervisor can make requests for this client.</source>
        <translation>この顧客についての申請は、この顧客のアカウントマネージャーまたはスーパーバイザーのみが行えます。</translation>
    </message>
    <message>
        <source>This client&apos;s account is frozen, so no request can be made until it is lifted.</source>
        <translation>この顧客のアカウントは凍結されているため、凍結が解除されるまで申請はできません。</translation>
    </message>
    <message>
        <source>This request is no longer waiting for a decision.</source>
        <translation>この申請はすでに判断待ちではありません。</translation>
    </message>
    <message>
        <source>You made this request, so someone else must approve it (maker-checker).</source>
        <translation>ご自身で作成した申請のため、別の担当者の承認が必要です（メイカー・チェッカー）。</translation>
    </message>
    <message>
        <source>You have already given your decision on this request.</source>
        <translation>この申請については、すでに判断済みです。</translation>
    </message>
    <message>
        <source>Only a {role} can approve this request.</source>
        <translation>この申請を承認できるのは{role}のみです。</translation>
    </message>
    <message>
        <source>Only the person who made this request can cancel it.</source>
        <translation>この申請を取り消せるのは申請者本人のみです。</translation>
    </message>
    <message>
        <source>Only security officers can freeze or unfreeze accounts.</source>
        <translation>アカウントの凍結・凍結解除は、セキュリティ担当者のみが行えます。</translation>
    </message>
    <message>
        <source>This freeze has already been lifted.</source>
        <translation>この凍結はすでに解除されています。</translation>
    </message>
    <message>
        <source>You asked for this freeze to be lifted, so a different security officer must approve it (dual control).</source>
        <translation>ご自身が解除を依頼した凍結のため、別のセキュリティ担当者の承認が必要です（デュアルコントロール）。</translation>
    </message>
    <message>
        <source>Only supervisors and security officers can read the audit log.</source>
        <translation>監査ログを閲覧できるのは、スーパーバイザーとセキュリティ担当者のみです。</translation>
    </message>
    <message>
        <source>Only a supervisor can change a client&apos;s account manager.</source>
        <translation>顧客のアカウントマネージャーを変更できるのはスーパーバイザーのみです。</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>アカウントマネージャー</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>スーパーバイザー</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>セキュリティ担当者</translation>
    </message>
</context>
<context>
    <name>PoliciesView</name>
    <message>
        <source>Rules in the order they are applied</source>
        <translation>適用順のルール</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>もし…なら</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>申請の種類</translation>
    </message>
    <message>
        <source>Client&apos;s tier</source>
        <translation>顧客のランク</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation>メイカー手数料率（bps）</translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation>テイカー手数料率（bps）</translation>
    </message>
    <message>
        <source>Maker rate (bps)</source>
        <translation>メイカー手数料率（bps）</translation>
    </message>
    <message>
        <source>Taker rate (bps)</source>
        <translation>テイカー手数料率（bps）</translation>
    </message>
    <message>
        <source>limit increase</source>
        <translation>限度額の引き上げ</translation>
    </message>
    <message>
        <source>expedite</source>
        <translation>優先処理</translation>
    </message>
    <message>
        <source>Value in USD</source>
        <translation>評価額（USD）</translation>
    </message>
    <message>
        <source>Kind of withdrawal request</source>
        <translation>出金申請の種類</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>評価額（USD）</translation>
    </message>
    <message>
        <source>empties a whitelist that is not empty</source>
        <translation>登録済みのホワイトリストを空にする</translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation>レート制限ランク</translation>
    </message>
    <message>
        <source>in the order the server gave</source>
        <translation>サーバーから受け取った順</translation>
    </message>
    <message>
        <source>in the order this desk last had them</source>
        <translation>この端末が最後に取得した時点の順</translation>
    </message>
    <message>
        <source>The rules the server applies, {order}: the first rule that matches a request decides it; a request no rule matches is blocked.</source>
        <translation>サーバーが適用するルール（{order}）：申請に最初に一致したルールで判断が決まります。どのルールにも一致しない申請はブロックされます。</translation>
    </message>
    <message>
        <source>These rules cannot be read here: {problem}</source>
        <translation>この端末ではこれらのルールを読み取れません：{problem}</translation>
    </message>
    <message>
        <source>No problem found: every rule can decide some request, every approval can be given, every kind of request has a rule that allows it.</source>
        <translation>問題は見つかりませんでした。どのルールも何らかの申請を判断でき、必要な承認はすべて行うことができ、申請の種類ごとに許可するルールがあります。</translation>
    </message>
    <message>
        <source>Write the amounts as plain numbers, e.g. 4.5.</source>
        <translation>数値は 4.5 のように数字のみで入力してください。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>The approval rules in the order they are applied</source>
        <translation>適用順に並べた承認ルール</translation>
    </message>
    <message>
        <source>The kind of request to try against the rules</source>
        <translation>ルールに照らして試す申請の種類</translation>
    </message>
    <message>
        <source>The tier of the imagined client</source>
        <translation>想定する顧客のランク</translation>
    </message>
    <message>
        <source>The rate asked, in basis points</source>
        <translation>申請する料率（bps）</translation>
    </message>
    <message>
        <source>The value asked, in US dollars</source>
        <translation>申請する評価額（USD）</translation>
    </message>
    <message>
        <source>A higher limit, or a pending withdrawal sped up</source>
        <translation>限度額の引き上げ、または保留中の出金の優先処理</translation>
    </message>
    <message>
        <source>The rate-limit tier asked</source>
        <translation>申請するレート制限ランク</translation>
    </message>
    <message>
        <source>Whether the request removes every address of the whitelist</source>
        <translation>申請によりホワイトリストのアドレスがすべて削除されるかどうか</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why the client needs this (10 to 2000 characters; the approver reads it)</source>
        <translation>顧客にこれが必要な理由（10～2000文字。承認者が確認します）</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>実行される内容</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>申請を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>申請を送信</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>{name} ({uid}) · {tier}</source>
        <translation>{name}（{uid}）· {tier}</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>顧客を選択してください。</translation>
    </message>
    <message>
        <source>Not ready — {field}: {message}</source>
        <translation>未完了 — {field}：{message}</translation>
    </message>
    <message>
        <source>The rules block this request, so the server would refuse it.</source>
        <translation>ルールによりこの申請はブロックされるため、サーバーで拒否されます。</translation>
    </message>
    <message>
        <source>This desk cannot read the rules the server serves ({problem}); the server decides when the request reaches it.</source>
        <translation>この端末ではサーバーのルールを読み取れません（{problem}）。申請がサーバーに届いた時点でサーバーが判断します。</translation>
    </message>
    <message>
        <source>Fill in the values to see which rule decides.</source>
        <translation>値を入力すると、どのルールで判断されるかが表示されます。</translation>
    </message>
    <message>
        <source>(The rules&apos; order is as this desk last had it; the server&apos;s answer decides.)</source>
        <translation>（ルールの順序はこの端末が最後に取得した時点のものです。最終的な判断はサーバーの応答に従います。）</translation>
    </message>
    <message>
        <source>Why the client needs this, for the approver; 10 to 2000 characters</source>
        <translation>顧客にこれが必要な理由（承認者向け、10～2000文字）</translation>
    </message>
    <message>
        <source>Queues the request; it goes for approval when the server has it</source>
        <translation>申請を送信キューに入れます。サーバーに届くと承認に回ります</translation>
    </message>
    <message>
        <source>Closes the form; nothing is sent</source>
        <translation>フォームを閉じます。何も送信されません</translation>
    </message>
</context>
<context>
    <name>RequestNotices</name>
    <message numerus="yes">
        <source>%n more requests changed.</source>
        <translation>
            <numerusform>ほかに%n件の申請が更新されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Open the client&apos;s profile</source>
        <extracomment>``(verdict, detail, rule) -&gt; comment`` or None when the person closed the dialog; tests replace it to answer without a modal loop.</extracomment>
        <translation>顧客のプロフィールを開く</translation>
    </message>
    <message>
        <source>What is asked, against what is in force</source>
        <translation>申請内容と現在の設定の比較</translation>
    </message>
    <message>
        <source>The rule that decided it</source>
        <translation>判断したルール</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation>顧客の現地時刻</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>自分の時刻</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>却下(&amp;J)…</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest</source>
        <translation>申請を取り消す(&amp;Q)</translation>
    </message>
    <message>
        <source>Approve this request</source>
        <translation>この申請を承認</translation>
    </message>
    <message>
        <source>Reject this request</source>
        <translation>この申請を却下</translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation>この申請を取り消す</translation>
    </message>
    <message>
        <source>Approve {kind} {id} for {client}</source>
        <translation>{client} の{kind} {id} を承認</translation>
    </message>
    <message>
        <source>Reject {kind} {id} for {client}</source>
        <translation>{client} の{kind} {id} を却下</translation>
    </message>
    <message>
        <source>Cancel {kind} {id} for {client}</source>
        <translation>{client} の{kind} {id} を取り消す</translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation>{kind}申請 {id}</translation>
    </message>
    <message>
        <source>{client} ({uid}) · {tier}</source>
        <translation>{client}（{uid}）· {tier}</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申請値</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>現在適用中</translation>
    </message>
    <message>
        <source>The server decides which rule applies when the request reaches it.</source>
        <translation>申請がサーバーに届いた時点で、適用するルールをサーバーが決定します。</translation>
    </message>
    <message>
        <source>Rule {rule} (not among the rules served now).</source>
        <translation>ルール {rule}（現在のルールには含まれていません）。</translation>
    </message>
    <message>
        <source>Rule {rule}: {sentence}</source>
        <translation>ルール {rule}：{sentence}</translation>
    </message>
    <message>
        <source>Why it matched:</source>
        <translation>一致した理由：</translation>
    </message>
    <message>
        <source>It matches every request of its kind that no earlier rule took.</source>
        <translation>前のルールに一致しなかった同じ種類の申請すべてに一致します。</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Your {action} was refused by the server: {error}</source>
        <translation>{action}はサーバーに拒否されました：{error}</translation>
    </message>
    <message>
        <source>Your {action} is on its way to the server.</source>
        <translation>{action}をサーバーに送信中です。</translation>
    </message>
    <message>
        <source>This request is still on its way to the server.</source>
        <translation>この申請はまだサーバーに送信中です。</translation>
    </message>
    <message>
        <source>Wait until your last action on it has reached the server.</source>
        <translation>この申請に対する直前の操作がサーバーに届くまでお待ちください。</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>No approval needed: the rule applied it at once.</source>
        <translation>承認は不要です。ルールによりただちに適用されました。</translation>
    </message>
    <message>
        <source>Still needed: {n}. Who may approve: {names}.</source>
        <translation>残り{n}件。承認できる人：{names}。</translation>
    </message>
    <message>
        <source>Deadline {when}: {left}</source>
        <translation>期限 {when}：{left}</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n approvals by a {role} given.</source>
        <translation>
            <numerusform>{role}による承認：%n件中{given}件完了。</numerusform>
        </translation>
    </message>
    <message>
        <source>The client this request is for</source>
        <translation>この申請の対象顧客</translation>
    </message>
    <message>
        <source>What happened to the request, who did it and when, in both time zones</source>
        <translation>申請の経過、実施者、日時（両方のタイムゾーンで表示）</translation>
    </message>
    <message>
        <source>Asks for a comment, then records it ({key})</source>
        <translation>コメントを入力してから記録します（{key}）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>The chosen request: what is asked, the rule, the approvals and its timeline</source>
        <translation>選択した申請：申請内容、ルール、承認、タイムライン</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>no end (stays until changed)</source>
        <translation>期限なし（変更されるまで有効）</translation>
    </message>
    <message>
        <source>{rates}, custom until {until}</source>
        <translation>{rates}、{until} まで個別設定</translation>
    </message>
    <message>
        <source>{rates}, custom</source>
        <translation>{rates}、個別設定</translation>
    </message>
    <message>
        <source>{rates}, the tier&apos;s</source>
        <translation>{rates}、ランク標準</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>手数料体系</translation>
    </message>
    <message>
        <source>Tier&apos;s rates ({tier})</source>
        <translation>ランク標準の料率（{tier}）</translation>
    </message>
    <message>
        <source>Discount off the tier</source>
        <translation>ランク標準からの割引</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>Expedite withdrawal</source>
        <translation>優先処理する出金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>評価額</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24時間出金限度額</translation>
    </message>
    <message>
        <source>API rate-limit tier</source>
        <translation>API レート制限ランク</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP ホワイトリスト</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>adds {networks}</source>
        <translation>{networks} を追加</translation>
    </message>
    <message>
        <source>removes {networks}</source>
        <translation>{networks} を削除</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Custom &amp;fee schedule…</source>
        <translation>個別手数料体系(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Withdrawal limit or expedite…</source>
        <translation>出金限度額・優先処理(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;API access…</source>
        <translation>API アクセス(&amp;A)…</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>申請…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Awaiting your approval: {client}</source>
        <extracomment>How long before its deadline a waiting request is &quot;close to its deadline&quot; (seconds).</extracomment>
        <translation>承認待ち：{client}</translation>
    </message>
    <message>
        <source>Close to its deadline: {client}</source>
        <translation>まもなく期限：{client}</translation>
    </message>
    <message>
        <source>Your request was applied: {client}</source>
        <translation>申請が適用されました：{client}</translation>
    </message>
    <message>
        <source>Your request was rejected: {client}</source>
        <translation>申請が却下されました：{client}</translation>
    </message>
    <message>
        <source>Your request expired: {client}</source>
        <translation>申請が期限切れになりました：{client}</translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation>{kind}申請 {id}</translation>
    </message>
    <message>
        <source>More requests need you</source>
        <translation>対応が必要な申請がほかにもあります</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API アクセス</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>elevated</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>institutional</source>
        <translation>機関投資家</translation>
    </message>
    <message>
        <source>market maker</source>
        <translation>マーケットメイカー</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>現物</translation>
    </message>
    <message>
        <source>futures</source>
        <translation>先物</translation>
    </message>
    <message>
        <source>spot and futures</source>
        <translation>現物と先物</translation>
    </message>
    <message>
        <source>{amount} USD</source>
        <translation>{amount} USD</translation>
    </message>
    <message>
        <source>maker {maker} / taker {taker} bps</source>
        <translation>メイカー {maker} / テイカー {taker} bps</translation>
    </message>
    <message>
        <source>any IP (no whitelist)</source>
        <translation>すべての IP（ホワイトリストなし）</translation>
    </message>
    <message>
        <source>Expedite {amount} ({id})</source>
        <translation>{amount} の優先処理（{id}）</translation>
    </message>
    <message>
        <source>24 h limit {amount}</source>
        <translation>24時間限度額 {amount}</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>{t} left</source>
        <translation>残り{t}</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>applied at once</source>
        <translation>即時適用</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>a limit increase</source>
        <translation>限度額の引き上げ</translation>
    </message>
    <message>
        <source>an expedite</source>
        <translation>優先処理</translation>
    </message>
    <message>
        <source>the client&apos;s tier is {v}</source>
        <translation>顧客のランクが {v}</translation>
    </message>
    <message>
        <source>it is {v}</source>
        <translation>種類が{v}</translation>
    </message>
    <message>
        <source>the discount is at most {v} %</source>
        <translation>割引が {v} % 以下</translation>
    </message>
    <message>
        <source>the maker rate is below {v} bps</source>
        <translation>メイカー手数料率が {v} bps 未満</translation>
    </message>
    <message>
        <source>it is worth at most {v} USD</source>
        <translation>評価額が {v} USD 以下</translation>
    </message>
    <message>
        <source>the requested rate limit is {v}</source>
        <translation>申請するレート制限ランクが{v}</translation>
    </message>
    <message>
        <source>it empties a whitelist that is not empty</source>
        <translation>登録済みのホワイトリストを空にする</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>it does not empty the whitelist</source>
        <translation>ホワイトリストを空にしない</translation>
    </message>
    <message>
        <source>fee request</source>
        <translation>手数料申請</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>出金申請</translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation>API アクセス申請</translation>
    </message>
    <message>
        <source>Fee requests</source>
        <translation>手数料申請</translation>
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation>出金申請</translation>
    </message>
    <message>
        <source>API-access requests</source>
        <translation>API アクセス申請</translation>
    </message>
    <message>
        <source>Any other {what}: {action}.</source>
        <translation>上記以外の{what}は{action}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、かつ</translation>
    </message>
    <message>
        <source>{what} where {conditions}: {action}.</source>
        <translation>{what}（{conditions}）は{action}。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>{condition} (this request: {actual}) — {held}</source>
        <translation>{condition}（この申請：{actual}）— {held}</translation>
    </message>
    <message>
        <source>Blocked: no rule allows this request, so the server will refuse it.</source>
        <translation>ブロック：この申請を許可するルールがないため、サーバーで拒否されます。</translation>
    </message>
    <message>
        <source>Applied at once when the server has it (rule {rule}).</source>
        <translation>サーバーが受け付けると即時に適用されます（ルール {rule}）。</translation>
    </message>
    <message>
        <source>Blocked by rule {rule}: the server will refuse it.</source>
        <translation>ルール {rule} によりブロック：サーバーで拒否されます。</translation>
    </message>
    <message>
        <source>Rule {rule} can never be the first match: {earlier} always match its requests first.</source>
        <translation>ルール {rule} が最初に一致することはありません。対象の申請には常に {earlier} が先に一致します。</translation>
    </message>
    <message>
        <source>Rule {rule} matches no request: its conditions can never hold together.</source>
        <translation>ルール {rule} はどの申請にも一致しません。条件を同時に満たすことができません。</translation>
    </message>
    <message>
        <source>No rule allows any {what}: every one is blocked.</source>
        <translation>{what}を許可するルールがありません。すべてブロックされます。</translation>
    </message>
    <message>
        <source>Write it in full digits without an exponent (1000, not 1e3).</source>
        <translation>指数表記を使わず、すべての桁を入力してください（1e3 ではなく 1000）。</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>数値ではありません。</translation>
    </message>
    <message>
        <source>Use a point for decimals (1.5, not 1,5); commas only group thousands, as in 1,000.</source>
        <translation>小数点にはピリオドを使ってください（1,5 ではなく 1.5）。カンマは 1,000 のように桁区切りにのみ使えます。</translation>
    </message>
    <message>
        <source>Type the digits as plain 0–9: {char} is not accepted.</source>
        <translation>数字は半角の 0～9 で入力してください。{char} は使用できません。</translation>
    </message>
    <message>
        <source>It contains an invisible character ({char}); type it again.</source>
        <translation>目に見えない文字（{char}）が含まれています。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Write a plain number such as 12.5 (digits and one decimal point).</source>
        <translation>12.5 のような数値を入力してください（数字と小数点 1 つ）。</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>値を入力してください。</translation>
    </message>
    <message>
        <source>A rate is between 0 and 100 bps (0 % to 1 %).</source>
        <translation>料率は 0～100 bps（0～1 %）の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The maker rate cannot be higher than the taker rate.</source>
        <translation>メイカー手数料率をテイカー手数料率より高くすることはできません。</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>数量は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Say until when the change is valid.</source>
        <translation>変更の有効期限を指定してください。</translation>
    </message>
    <message>
        <source>The end of validity must be in the future.</source>
        <translation>有効期限には将来の日時を指定してください。</translation>
    </message>
    <message>
        <source>The end of validity can be at most 365 days ahead.</source>
        <translation>有効期限は365日先までしか指定できません。</translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation>理由を10～2000文字で入力してください。</translation>
    </message>
    <message>
        <source>A limit increase is stated in USD.</source>
        <translation>限度額の引き上げは USD で指定します。</translation>
    </message>
    <message>
        <source>Say which withdrawal to expedite.</source>
        <translation>優先処理する出金を指定してください。</translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read, so only a limit increase in USD can be asked for now.</source>
        <translation>資産の精度と価格を読み込めなかったため、現在は USD 建ての限度額引き上げのみ申請できます。</translation>
    </message>
    <message>
        <source>This changes nothing: the client has these API settings already.</source>
        <translation>変更はありません。この顧客はすでにこの API 設定になっています。</translation>
    </message>
    <message>
        <source>The new limit must be above the client&apos;s current limit of {limit} USD.</source>
        <translation>新しい限度額は、顧客の現在の限度額 {limit} USD より大きくしてください。</translation>
    </message>
    <message numerus="yes">
        <source>{tier} · %n networks</source>
        <translation>
            <numerusform>{tier} · ネットワーク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</source>
        <translation>
            <numerusform>ルール {rule} では{role}%n名の承認が必要ですが、このロールを持つスタッフは {holders} だけです（申請者は自分の申請を承認できません）。このルールの申請は承認されることがありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</source>
        <translation>
            <numerusform>ルール {rule} では{role}%n名の承認が必要ですが、このロールを持つスタッフは {holders} だけです。自分の申請は承認できないため、{requesters} が作成した申請は承認されることがありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal places here.</source>
        <translation>
            <numerusform>ここでは小数点以下%n桁まで入力できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} with a fresh TOTP code within {hours} h</source>
        <translation>
            <numerusform>{hours}時間以内に{role}%n名の承認が必要（新しい TOTP コードで認証）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} within {hours} h</source>
        <translation>
            <numerusform>{hours}時間以内に{role}%n名の承認が必要</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</source>
        <translation>
            <numerusform>{hours}時間以内に{role}%n名の承認が必要です（新しい TOTP コードで認証、ルール {rule}）。送信時に認証コードの入力を求められます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} within {hours} h (rule {rule}).</source>
        <translation>
            <numerusform>{hours}時間以内に{role}%n名の承認が必要です（ルール {rule}）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>&amp;New request</source>
        <extracomment>Entities whose changes can change what the section shows. The &quot;created&quot; filter of the All tab: (days back, or None for any time).</extracomment>
        <translation>新規申請(&amp;N)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新規申請</translation>
    </message>
    <message>
        <source>Client uid or name</source>
        <translation>顧客 UID または氏名</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>顧客で絞り込み</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>ステータスで絞り込み</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Filter by requester</source>
        <translation>申請者で絞り込み</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>すべての申請者</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>日付で絞り込み</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>自分の申請</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>自分の承認待ち</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>You have made no request.</source>
        <translation>まだ申請を作成していません。</translation>
    </message>
    <message>
        <source>Nothing awaits your approval.</source>
        <translation>自分の承認待ちの申請はありません。</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>条件に一致する申請はありません。</translation>
    </message>
    <message>
        <source>This desk&apos;s preview said rule {preview} ({action}); the server decided by rule {server} ({status}). The server&apos;s answer stands.</source>
        <translation>この端末の事前判定はルール {preview}（{action}）でしたが、サーバーはルール {server}（{status}）で判断しました。サーバーの判断が優先されます。</translation>
    </message>
    <message>
        <source>The server decided otherwise</source>
        <translation>サーバーの判断が異なりました</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>過去%n日間</numerusform>
        </translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for a client you choose</source>
        <translation>選択した顧客についての手数料・出金・API アクセスの申請</translation>
    </message>
    <message>
        <source>Request desks</source>
        <translation>申請の一覧タブ</translation>
    </message>
    <message>
        <source>Requests you made</source>
        <translation>自分が作成した申請</translation>
    </message>
    <message>
        <source>Requests waiting for your approval</source>
        <translation>自分の承認を待っている申請</translation>
    </message>
    <message>
        <source>Every request you may see</source>
        <translation>閲覧できるすべての申請</translation>
    </message>
    <message>
        <source>Your requests, those waiting for your approval, and all of them; Alt+1 to Alt+3</source>
        <translation>自分の申請、自分の承認待ちの申請、すべての申請。Alt+1～Alt+3</translation>
    </message>
    <message>
        <source>Shows only requests for clients whose uid or name contains this</source>
        <translation>UID または氏名にこの文字列を含む顧客の申請のみを表示します</translation>
    </message>
    <message>
        <source>Shows only requests of this kind</source>
        <translation>この種類の申請のみを表示します</translation>
    </message>
    <message>
        <source>Shows only requests in this status</source>
        <translation>このステータスの申請のみを表示します</translation>
    </message>
    <message>
        <source>Shows only requests made by this person</source>
        <translation>この人が作成した申請のみを表示します</translation>
    </message>
    <message>
        <source>Shows only requests made in this period</source>
        <translation>この期間に作成された申請のみを表示します</translation>
    </message>
    <message>
        <source>The requests that match the filters; the chosen one&apos;s page is beside</source>
        <translation>条件に一致する申請。選択した申請の詳細が横に表示されます</translation>
    </message>
    <message>
        <source>Requests and policies</source>
        <translation>申請とポリシー</translation>
    </message>
    <message>
        <source>The requests, or the approval policies in force</source>
        <translation>申請、または適用中の承認ポリシー</translation>
    </message>
    <message>
        <source>Requests or policies</source>
        <translation>申請またはポリシー</translation>
    </message>
    <message>
        <source>The requests and a chosen one&apos;s page</source>
        <translation>申請一覧と選択した申請の詳細</translation>
    </message>
    <message>
        <source>The approval policies in force ({key})</source>
        <translation>適用中の承認ポリシー（{key}）</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search clients and tickets: name, uid, e-mail, subject…</source>
        <translation>顧客とチケットを検索：氏名、UID、メール、件名…</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ で選択 · Enter で開く · Esc で閉じる</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Nothing in your cache matches “{q}”.</source>
        <translation>ローカルキャッシュに「{q}」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>検索に失敗しました：{error}</translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation>顧客とチケットを検索</translation>
    </message>
    <message>
        <source>Results show below as you type; arrows choose, Enter opens</source>
        <translation>入力すると下に結果が表示されます。矢印キーで選択し、Enter キーで開きます</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
</context>
<context>
    <name>SecurityNotices</name>
    <message>
        <source>Security desk</source>
        <translation>セキュリティデスク</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alerts are open.</source>
        <translation>
            <numerusform>緊急アラートが%n件未対応です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freezes are waiting for a second officer.</source>
        <translation>
            <numerusform>%n件の凍結解除が、2人目の担当者の承認を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical alert: {client}</source>
        <translation>緊急アラート：{client}</translation>
    </message>
    <message>
        <source>A freeze waits for a second officer</source>
        <translation>2人目の担当者の承認を待っている凍結解除があります</translation>
    </message>
    <message>
        <source>{who} asks to lift the freeze of {client}: {reason}</source>
        <translation>{who} が {client} の凍結解除を申請しています：{reason}</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>uid, name or e-mail…</source>
        <extracomment>The queue&apos;s views: (label, statuses, severities).</extracomment>
        <translation>UID、氏名、メール…</translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation>凍結する顧客を検索</translation>
    </message>
    <message>
        <source>Freeze an &amp;account:</source>
        <translation>アカウントを凍結(&amp;A)：</translation>
    </message>
    <message>
        <source>Which alerts</source>
        <translation>表示するアラート</translation>
    </message>
    <message>
        <source>Need action (open and acknowledged)</source>
        <translation>要対応（未対応・確認済み）</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>未対応のみ</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Handled (dismissed, actioned)</source>
        <translation>処理済み（対応不要・対応済み）</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>アラートキュー</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>凍結</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>アラート%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts ({n})</source>
        <translation>アラート（{n}）</translation>
    </message>
    <message>
        <source>Freezes ({n})</source>
        <translation>凍結（{n}）</translation>
    </message>
    <message>
        <source>no client found</source>
        <translation>顧客が見つかりません</translation>
    </message>
</context>
<context>
    <name>SecurityWords</name>
    <message>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <source>actioned (frozen)</source>
        <translation>対応済み（凍結）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>凍結中</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>waiting on client</source>
        <translation>顧客の返答待ち</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>エスカレーション中</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>cannot sign in to the exchange</source>
        <extracomment>What each scope stops, as the freeze dialog&apos;s summary says it.</extracomment>
        <translation>取引所にログインできない</translation>
    </message>
    <message>
        <source>cannot place or change orders</source>
        <translation>注文の発注・変更ができない</translation>
    </message>
    <message>
        <source>cannot withdraw any asset</source>
        <translation>どの資産も出金できない</translation>
    </message>
    <message>
        <source>their API keys stop working</source>
        <translation>API キーが使えなくなる</translation>
    </message>
    <message>
        <source>Choose at least one thing to freeze.</source>
        <translation>凍結する項目を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already ({now}); this adds {more}.</source>
        <translation>{name}（{uid}）はすでに凍結されています（{now}）。今回、{more}が追加されます。</translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already for all of this: only the record is added.</source>
        <translation>{name}（{uid}）はこれらすべてについてすでに凍結されています。記録のみが追加されます。</translation>
    </message>
    <message>
        <source>As soon as the platform confirms, {name}:</source>
        <translation>プラットフォームで凍結が確定すると、{name} は次のようになります：</translation>
    </message>
    <message>
        <source>Still allowed: {scopes}. Deposits keep arriving.</source>
        <translation>引き続き可能：{scopes}。入金は引き続き反映されます。</translation>
    </message>
    <message>
        <source>Deposits keep arriving.</source>
        <translation>入金は引き続き反映されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts will be marked as actioned by this freeze.</source>
        <translation>
            <numerusform>この凍結により、アラート%n件が「対応済み」になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifting it takes two security officers: one asks, another approves.</source>
        <translation>解除には2人のセキュリティ担当者が必要です（1人が申請し、別の1人が承認します）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>password and code</source>
        <translation>パスワードとコード</translation>
    </message>
    <message>
        <source>staying signed in</source>
        <translation>サインイン状態の維持</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>安定版</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>ベータ版</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <source>Only if your company uses its own CA</source>
        <translation>社内独自の CA を使用している場合のみ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA バンドル</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Connection changes apply the next time you sign in.</source>
        <translation>接続設定の変更は、次回サインイン時に反映されます。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notify me of emergencies and near-breaches in my book</source>
        <translation>担当顧客のチケットが緊急レーンに入ったときや SLA 超過が迫ったときに通知する</translation>
    </message>
    <message>
        <source>Sign-in and updates</source>
        <translation>サインインと更新</translation>
    </message>
    <message>
        <source>Sign-in allowed with</source>
        <translation>許可されたサインイン方法</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>更新チャネル</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>IT 部門が設定しています。</translation>
    </message>
    <message>
        <source>The CA bundle file {path} does not exist.</source>
        <translation>CA バンドルファイル {path} が見つかりません。</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA バンドルを選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>A new language applies at once; open tickets and unsent replies stay as they are.</source>
        <translation>言語の変更はすぐに反映されます。開いているチケットや未送信の返信はそのまま残ります。</translation>
    </message>
    <message>
        <source>The back-office server VIP Desk talks to</source>
        <translation>VIP デスクが接続するバックオフィスサーバー</translation>
    </message>
    <message>
        <source>A file of your company&apos;s certificate authorities, if any</source>
        <translation>社内の認証局（CA）の証明書ファイル（ある場合）</translation>
    </message>
    <message>
        <source>The proxy to reach the server through, if any</source>
        <translation>サーバーへの接続に使うプロキシ（ある場合）</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is</source>
        <translation>ライト、ダーク、ハイコントラスト、またはシステムに合わせる</translation>
    </message>
    <message>
        <source>The language of VIP Desk&apos;s texts</source>
        <translation>VIP デスクの表示言語</translation>
    </message>
    <message>
        <source>A notice when a ticket of your book is in Emergency or near its SLA</source>
        <translation>担当顧客のチケットが緊急レーンに入ったときや SLA 期限が迫ったときの通知</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>CA バンドルファイルを選択</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Request forms</source>
        <translation>申請フォーム</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Search palette</source>
        <translation>検索パレット</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>画像ビューアー</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>このキーボードショートカット一覧を表示</translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation>顧客とチケットを検索</translation>
    </message>
    <message>
        <source>Go to Lanes</source>
        <translation>レーンへ移動</translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation>顧客へ移動</translation>
    </message>
    <message>
        <source>Go to Requests</source>
        <translation>申請へ移動</translation>
    </message>
    <message>
        <source>Go to Security</source>
        <translation>セキュリティへ移動</translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation>ダッシュボードへ移動</translation>
    </message>
    <message>
        <source>Go to Audit</source>
        <translation>監査へ移動</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Show lane 1 to 5 (in the order of the tabs)</source>
        <translation>レーン 1～5 を表示（タブの並び順）</translation>
    </message>
    <message>
        <source>Next lane</source>
        <translation>次のレーン</translation>
    </message>
    <message>
        <source>Previous lane</source>
        <translation>前のレーン</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>選択したチケットを開く</translation>
    </message>
    <message>
        <source>Send the reply or note being written</source>
        <translation>入力中の返信またはメモを送信</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>返信にファイルを添付</translation>
    </message>
    <message>
        <source>Show or hide help-centre articles</source>
        <translation>ヘルプセンターの記事を表示／非表示</translation>
    </message>
    <message>
        <source>From the article search, go to the results</source>
        <translation>記事の検索欄から検索結果へ移動</translation>
    </message>
    <message>
        <source>Remove the selected file from the reply</source>
        <translation>選択したファイルを返信から削除</translation>
    </message>
    <message>
        <source>Search the clients list</source>
        <translation>顧客一覧を検索</translation>
    </message>
    <message>
        <source>Show desk 1 to 3 (in the order of the tabs)</source>
        <translation>タブ 1～3 を表示（タブの並び順）</translation>
    </message>
    <message>
        <source>Show the approval policies</source>
        <translation>承認ポリシーを表示</translation>
    </message>
    <message>
        <source>Refresh the requests</source>
        <translation>申請を更新</translation>
    </message>
    <message>
        <source>Approve the request shown</source>
        <translation>表示中の申請を承認</translation>
    </message>
    <message>
        <source>Reject the request shown</source>
        <translation>表示中の申請を却下</translation>
    </message>
    <message>
        <source>Cancel the request shown</source>
        <translation>表示中の申請を取り消す</translation>
    </message>
    <message>
        <source>New custom fee schedule request</source>
        <translation>個別手数料体系の新規申請</translation>
    </message>
    <message>
        <source>New withdrawal limit or expedite request</source>
        <translation>出金限度額・優先処理の新規申請</translation>
    </message>
    <message>
        <source>New API access request</source>
        <translation>API アクセスの新規申請</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>申請を送信</translation>
    </message>
    <message>
        <source>Remove the selected network from the whitelist</source>
        <translation>選択したネットワークをホワイトリストから削除</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>数値を更新</translation>
    </message>
    <message>
        <source>In a chart, move between bars</source>
        <translation>グラフ内で棒を移動</translation>
    </message>
    <message>
        <source>In a chart, first or last bar</source>
        <translation>グラフ内で最初／最後の棒へ移動</translation>
    </message>
    <message>
        <source>In a chart, open the tickets behind the bar</source>
        <translation>グラフ内で棒の内訳のチケットを開く</translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation>凍結する顧客を検索</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert</source>
        <translation>選択したアラートを確認</translation>
    </message>
    <message>
        <source>Dismiss the chosen alert, with a note</source>
        <translation>選択したアラートをメモ付きで対応不要にする</translation>
    </message>
    <message>
        <source>Freeze the account of the chosen alert</source>
        <translation>選択したアラートの顧客アカウントを凍結</translation>
    </message>
    <message>
        <source>Ask to lift the chosen freeze</source>
        <translation>選択した凍結の解除を申請</translation>
    </message>
    <message>
        <source>Freeze dialog: tick login, trading, withdrawals, API</source>
        <translation>凍結ダイアログ：ログイン・取引・出金・API を選択</translation>
    </message>
    <message>
        <source>Read the new entries</source>
        <translation>新しいエントリを読み込む</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>チェーンを検証</translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation>対象で絞り込み</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>検索結果内を移動</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>選択した結果を開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation>画像をコピー</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Find a shortcut by what it does or its key</source>
        <translation>操作内容またはキーでショートカットを検索</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>ショートカットを検索</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or key contains the text</source>
        <translation>操作内容またはキーにこの文字列を含むショートカットだけを表示します</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Every shortcut, grouped by where it works</source>
        <translation>使える場所ごとにまとめた、すべてのショートカット</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>一致するショートカットはありません。</translation>
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
        <translation> または </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Signing in failed because of a problem inside VIP Desk. The log has details.</source>
        <translation>VIP デスク内部の問題により、サインインできませんでした。詳しくはログを参照してください。</translation>
    </message>
    <message>
        <source>Sign in to VIP Desk</source>
        <translation>VIP デスクにサインイン</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>IT 部門が設定しています。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>認証アプリに表示される6桁の数字</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://).</source>
        <translation>サーバーアドレスは https://（または http://）で始めてください。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>認証アプリに表示される6桁のコードを入力してください。</translation>
    </message>
    <message>
        <source>Locked: try again in {time}</source>
        <translation>ロック中：{time}後に再試行してください</translation>
    </message>
    <message>
        <source>The back-office server to sign in to</source>
        <translation>サインインするバックオフィスサーバー</translation>
    </message>
    <message>
        <source>Your staff username</source>
        <translation>スタッフのユーザー名</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>認証アプリに現在表示されている6桁のコード</translation>
    </message>
    <message>
        <source>Closes VIP Desk without signing in</source>
        <translation>サインインせずに VIP デスクを終了します</translation>
    </message>
    <message>
        <source>Signs in with these details</source>
        <translation>入力した情報でサインインします</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>account manager</source>
        <translation>アカウントマネージャー</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>スーパーバイザー</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>セキュリティ担当者</translation>
    </message>
    <message>
        <source>Show actions that have not reached the server</source>
        <translation>サーバーに届いていない操作を表示</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>{time} からオフライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation>{state} — {reason}</translation>
    </message>
    <message>
        <source>All actions sent</source>
        <translation>すべての操作を送信済み</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>未送信%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>要対応%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln items received</source>
        <translation>
            <numerusform>同期中… %Ln件受信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Sends the code; the action goes ahead if it is right</source>
        <translation>コードを送信します。コードが正しければ操作が実行されます</translation>
    </message>
    <message>
        <source>Gives the action up; it is listed in Sync problems</source>
        <translation>操作を取りやめます。取りやめた操作は「同期の問題」に表示されます</translation>
    </message>
    <message>
        <source>The next wrong code locks you out for {minutes} minutes</source>
        <translation>次にコードを間違えると{minutes}分間ロックされます</translation>
    </message>
    <message>
        <source>1 try left before a {minutes}-minute lockout</source>
        <translation>{minutes}分間のロックまで残り1回</translation>
    </message>
    <message>
        <source>{n} tries left before a {minutes}-minute lockout</source>
        <translation>{minutes}分間のロックまで残り{n}回</translation>
    </message>
    <message>
        <source>This code changes in {s} s</source>
        <translation>このコードは{s}秒後に切り替わります</translation>
    </message>
    <message>
        <source>Too many wrong codes: the platform has locked your codes. Try again in {time}.</source>
        <translation>誤ったコードの入力が多すぎるため、プラットフォームでコードがロックされました。{time}後に再試行してください。</translation>
    </message>
    <message>
        <source>Confirm with your code</source>
        <translation>コードで確認</translation>
    </message>
    <message>
        <source>This action needs a fresh 6-digit code from your authenticator app.</source>
        <translation>この操作には、認証アプリの新しい6桁のコードが必要です。</translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code and try again.</source>
        <translation>このコードは受け付けられませんでした。次のコードが表示されるのを待って、もう一度お試しください。</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6桁のコード</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>認証アプリのコード</translation>
    </message>
    <message>
        <source>Six digits; a pasted code with a space or a dash is accepted</source>
        <translation>6桁の数字。スペースやハイフンを含むコードを貼り付けても構いません</translation>
    </message>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation>
            <numerusform>あと%n桁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>サーバーに接続できません。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation>サーバーのセキュリティ証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server is having a problem.</source>
        <translation>サーバーで問題が発生しています。</translation>
    </message>
    <message>
        <source>The server sent answers VIP Desk could not read.</source>
        <translation>サーバーから VIP デスクが読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was not given.</source>
        <translation>未送信：認証コードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was refused.</source>
        <translation>未送信：認証コードが拒否されました。</translation>
    </message>
    <message>
        <source>This action waited more than a day to be sent and VIP Desk cannot check whether the server already has it. Check on the server, then resend it only if it did not happen.</source>
        <translation>この操作は送信までに1日以上待機したため、サーバーに反映済みかどうかを VIP デスクでは確認できません。サーバー側で確認し、反映されていない場合のみ再送信してください。</translation>
    </message>
    <message>
        <source>Someone changed this item on the server before your change arrived. Review the current version, then resend your change or discard it.</source>
        <translation>変更が届く前に、他のユーザーがサーバー上でこの項目を変更しました。現在の内容を確認してから、変更を再送信するか破棄してください。</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>サーバーからのメッセージ</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>最終試行</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーが変更</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同期の問題</translation>
    </message>
    <message>
        <source>Select an action to see what was sent.</source>
        <translation>操作を選択すると、送信した内容が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>再送信(&amp;R)</translation>
    </message>
    <message>
        <source>Send this action to the server again</source>
        <translation>この操作をサーバーにもう一度送信します</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Give up this action; it will not be sent</source>
        <translation>この操作を取りやめます。送信はされません</translation>
    </message>
    <message>
        <source>&amp;Open in its form…</source>
        <translation>フォームで開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Correct what the server refused, then send it again</source>
        <translation>サーバーに拒否された内容を修正してから、もう一度送信します</translation>
    </message>
    <message>
        <source>Every action you took has reached the server.</source>
        <translation>すべての操作がサーバーに届いています。</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>一覧を読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>Discard action</source>
        <translation>操作の破棄</translation>
    </message>
    <message>
        <source>Discard this action? It will not be sent to the server and cannot be undone.</source>
        <translation>この操作を破棄しますか？サーバーには送信されず、元に戻すこともできません。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>What you sent:</source>
        <translation>送信した内容：</translation>
    </message>
    <message>
        <source>The server&apos;s version now:</source>
        <translation>現在のサーバーの内容：</translation>
    </message>
    <message>
        <source>Actions not sent</source>
        <translation>未送信の操作</translation>
    </message>
    <message>
        <source>Each action waiting or refused, with the server&apos;s reason</source>
        <translation>送信待ちまたは拒否された操作と、サーバーが示した理由</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>What was sent and what the server answered</source>
        <translation>送信した内容とサーバーの応答</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message numerus="yes">
        <source>The server refused %n of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</source>
        <translation>
            <numerusform>サーバーが%n件の操作を拒否しました。メッセージを確認し、原因を解消してから再送信するか、操作を破棄してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown.</source>
        <translation>先頭の 1 MB のみ表示しています。</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>uploading…</source>
        <translation>アップロード中…</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>未アップロード</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Too large to preview
{w} × {h}</source>
        <translation>大きすぎるためプレビューできません
{w} × {h}</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>表示できません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>You</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>サーバーに拒否されました</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>まだメッセージはありません。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Pending client</source>
        <translation>顧客の返答待ち</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>エスカレーション中</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク管理</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>財務</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <source>Escalate ticket</source>
        <translation>チケットをエスカレーション</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>チームに伝えるべきことは何ですか？</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Hands the ticket to the team with the note</source>
        <translation>メモを添えてチケットをチームにエスカレーションします</translation>
    </message>
    <message>
        <source>The specialist team that takes the ticket</source>
        <translation>チケットを引き継ぐ専門チーム</translation>
    </message>
    <message>
        <source>What the team needs to know; required</source>
        <translation>チームに伝える内容（必須）</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>担当する</translation>
    </message>
    <message>
        <source>Assign this ticket to me</source>
        <translation>このチケットを自分に割り当てます</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>エスカレーション…</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>チケットのスレッド</translation>
    </message>
    <message>
        <source>Only staff see internal notes; they do not answer the client</source>
        <translation>社内メモはスタッフにのみ表示され、顧客への返信にはなりません</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>定型文を挿入</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>ヘルプ記事</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>申請…</translation>
    </message>
    <message>
        <source>{id} · {status} · {priority} · {category} · {channel} · {language} · assignee: {assignee}</source>
        <translation>{id} · {status} · {priority} · {category} · {channel} · {language} · 担当者：{assignee}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source> · team: {team}</source>
        <translation> · チーム：{team}</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>割り当てを解除</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>定型文…</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>ステータスを変更できませんでした</translation>
    </message>
    <message>
        <source>Files are still being checked</source>
        <translation>ファイルを確認中です</translation>
    </message>
    <message>
        <source>Search the help centre for an answer ({key})</source>
        <translation>ヘルプセンターで回答を探す（{key}）</translation>
    </message>
    <message>
        <source>{clock}: {time} ({state})</source>
        <translation>{clock}：{time}（{state}）</translation>
    </message>
    <message>
        <source>Language of the canned responses</source>
        <translation>定型文の言語</translation>
    </message>
    <message>
        <source>The ticket is written in {language}.</source>
        <translation>このチケットの言語は {language} です。</translation>
    </message>
    <message>
        <source>{language} is the client&apos;s first language.</source>
        <translation>{language} はこの顧客の第一言語です。</translation>
    </message>
    <message>
        <source>No canned responses in the ticket&apos;s or the client&apos;s languages: {language}.</source>
        <translation>チケットや顧客の言語の定型文がないため、{language} を使用しています。</translation>
    </message>
    <message>
        <source>Choose another language for the canned responses here.</source>
        <translation>定型文の言語はここで変更できます。</translation>
    </message>
    <message>
        <source>Client&apos;s time: {time}</source>
        <translation>顧客の現地時刻：{time}</translation>
    </message>
    <message>
        <source>Opens the client&apos;s profile</source>
        <translation>顧客のプロフィールを開きます</translation>
    </message>
    <message>
        <source>Gives the ticket to a colleague or a team</source>
        <translation>チケットを同僚またはチームに割り当てます</translation>
    </message>
    <message>
        <source>Moves the ticket to another status</source>
        <translation>チケットのステータスを変更します</translation>
    </message>
    <message>
        <source>Hands the ticket to a specialist team with a reason</source>
        <translation>理由を添えてチケットを専門チームにエスカレーションします</translation>
    </message>
    <message>
        <source>Every message of the ticket, oldest first</source>
        <translation>チケットのすべてのメッセージ（古い順）</translation>
    </message>
    <message>
        <source>Write a reply… ({key} sends)</source>
        <translation>返信を入力…（{key} で送信）</translation>
    </message>
    <message>
        <source>The reply or internal note to send; {key} sends it</source>
        <translation>送信する返信または社内メモ。{key} で送信します</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>定型文</translation>
    </message>
    <message>
        <source>Sends the reply to the client, or saves the internal note</source>
        <translation>返信を顧客に送信するか、社内メモを保存します</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for this client</source>
        <translation>この顧客についての手数料・出金・API アクセスの申請</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
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
        <translation>認証アプリに表示される6桁のコードを入力してください。</translation>
    </message>
    <message>
        <source>The code is made of digits only, like 123456.</source>
        <translation>コードは 123456 のように数字のみで入力してください。</translation>
    </message>
    <message>
        <source>The code has 6 digits; you typed {count}.</source>
        <translation>コードは6桁です（入力されたのは{count}桁）。</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>INTERNAL NOTE — staff only</source>
        <translation>社内メモ — スタッフ限定</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>含めない</translation>
    </message>
    <message>
        <source>included and marked</source>
        <translation>社内用と明記して含める</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>会話記録</translation>
    </message>
    <message>
        <source>Exported {at} by {who}.</source>
        <translation>{at} に {who} がエクスポート。</translation>
    </message>
    <message>
        <source>Times in UTC and in the client&apos;s time zone ({tz}).</source>
        <translation>時刻は UTC と顧客のタイムゾーン（{tz}）で表示しています。</translation>
    </message>
    <message>
        <source>Internal notes: {how}.</source>
        <translation>社内メモ：{how}。</translation>
    </message>
    <message>
        <source>Status: {status} · category: {category} · opened {at}</source>
        <translation>ステータス：{status} · カテゴリ：{category} · 作成 {at}</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>メッセージはありません。</translation>
    </message>
</context>
<context>
    <name>TranscriptsBox</name>
    <message>
        <source>Transcripts</source>
        <translation>会話記録</translation>
    </message>
    <message>
        <source>Transcript exports of this client</source>
        <translation>この顧客の会話記録エクスポート</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>会話記録をエクスポート…</translation>
    </message>
    <message>
        <source>Account managers and supervisors export transcripts</source>
        <translation>会話記録をエクスポートできるのは、アカウントマネージャーとスーパーバイザーです</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>ファイルを照合…</translation>
    </message>
    <message>
        <source>Say which export a file handed back is, or that it matches none</source>
        <translation>提出されたファイルがどのエクスポートのものか、またはどれにも一致しないかを確認します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>The exports are read from the platform; VIP Desk is not connected yet.</source>
        <translation>エクスポートの記録はプラットフォームから読み込みますが、VIP デスクはまだ接続されていません。</translation>
    </message>
    <message>
        <source>No transcript of this client has been exported.</source>
        <translation>この顧客の会話記録はまだエクスポートされていません。</translation>
    </message>
    <message>
        <source>Check a transcript file</source>
        <translation>会話記録ファイルを照合</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} を照合しています…</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>{name} matches none of this client&apos;s exports (SHA-256 {sha}): it was changed after the export, or it is not a transcript this desk exported.</source>
        <translation>{name} はこの顧客のどのエクスポートとも一致しません（SHA-256 {sha}）。エクスポート後に変更されたか、このデスクでエクスポートした会話記録ではありません。</translation>
    </message>
    <message>
        <source>{name} is export {id} of {when} by {who} (tickets {tickets}); its SHA-256 matches: {sha}.</source>
        <translation>{name} は {when} に {who} が行ったエクスポート {id}（チケット {tickets}）です。SHA-256 が一致しました：{sha}。</translation>
    </message>
    <message>
        <source>Each export: when, by whom, which tickets, the format and the file&apos;s SHA-256</source>
        <translation>各エクスポートの日時、実施者、対象チケット、形式、ファイルの SHA-256</translation>
    </message>
    <message>
        <source>Records an export with the platform and writes the transcript to a file</source>
        <translation>エクスポートをプラットフォームに記録し、会話記録をファイルに書き出します</translation>
    </message>
    <message>
        <source>Reads this client&apos;s exports from the platform again</source>
        <translation>この顧客のエクスポート記録をプラットフォームから再読み込みします</translation>
    </message>
</context>
<context>
    <name>ValidityEdit</name>
    <message>
        <source>ends on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Off: the change stays until someone changes it</source>
        <extracomment>How long a new change is valid unless the person says otherwise.</extracomment>
        <translation>オフの場合、変更は次に誰かが変更するまで有効です</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>The date and time, in your time zone</source>
        <translation>日時（お使いのタイムゾーン）</translation>
    </message>
</context>
<context>
    <name>VipDesk</name>
    <message>
        <source>VIP Desk stopped unexpectedly the last time it ran.</source>
        <translation>前回の実行時に VIP デスクが予期せず終了しました。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>続けるには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The kept sign-in could not be opened; the cached data is shown.</source>
        <translation>保存されたサインイン情報を開けなかったため、キャッシュされたデータを表示しています。</translation>
    </message>
    <message>
        <source>your IT department does not allow the demo on this computer</source>
        <translation>このコンピューターでのデモの使用は IT 部門により許可されていません</translation>
    </message>
    <message>
        <source>Starting the demo server with its demo clients…</source>
        <translation>デモ用の顧客データでデモサーバーを起動しています…</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>{name} としてサインインしています…</translation>
    </message>
    <message>
        <source>VIP Desk demo</source>
        <translation>VIP デスク デモ</translation>
    </message>
    <message>
        <source>The demo could not start: {e}</source>
        <translation>デモを開始できませんでした：{e}</translation>
    </message>
</context>
<context>
    <name>WhitelistEditor</name>
    <message>
        <source>IP whitelist</source>
        <translation>IP ホワイトリスト</translation>
    </message>
    <message>
        <source>Network to add, e.g. 203.0.113.0/24</source>
        <translation>追加するネットワーク（例：203.0.113.0/24）</translation>
    </message>
    <message>
        <source>Network to add</source>
        <translation>追加するネットワーク</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected network</source>
        <translation>選択したネットワークを削除</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>複数行を貼り付け</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a network</source>
        <translation>クリップボードの各行をネットワークとして追加します</translation>
    </message>
    <message>
        <source>A network: press Enter to add it.</source>
        <translation>有効なネットワークです。Enter キーで追加します。</translation>
    </message>
    <message>
        <source>Against the client&apos;s list now: {change}</source>
        <translation>顧客の現在のリストとの差分：{change}</translation>
    </message>
    <message>
        <source>The same networks as the client&apos;s list now.</source>
        <translation>顧客の現在のリストと同じネットワークです。</translation>
    </message>
    <message>
        <source>{network}: {message}</source>
        <translation>{network}：{message}</translation>
    </message>
    <message>
        <source>The addresses and networks the client&apos;s API keys may call from; Delete removes the selected one</source>
        <translation>顧客の API キーで呼び出しを許可するアドレスとネットワーク。Delete キーで選択した項目を削除します</translation>
    </message>
    <message>
        <source>Adds the network typed beside</source>
        <translation>横に入力したネットワークを追加します</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address or network, such as 203.0.113.0/24</source>
        <translation>IPv4 または IPv6 のアドレスまたはネットワーク（例：203.0.113.0/24）</translation>
    </message>
    <message>
        <source>Takes the selected network off the whitelist</source>
        <translation>選択したネットワークをホワイトリストから外します</translation>
    </message>
</context>
<context>
    <name>WithdrawalRequestForm</name>
    <message>
        <source>Request a withdrawal limit or an expedite</source>
        <translation>出金限度額の変更または優先処理を申請</translation>
    </message>
    <message>
        <source>Raise the 24 h &amp;limit</source>
        <translation>24時間限度額を引き上げる(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Expedite a pending withdrawal</source>
        <translation>保留中の出金を優先処理する(&amp;E)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Withdrawal id</source>
        <translation>出金 ID</translation>
    </message>
    <message>
        <source>The pending withdrawal&apos;s id</source>
        <translation>保留中の出金の ID</translation>
    </message>
    <message>
        <source>Withdrawal &amp;id</source>
        <translation>出金 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>New 24 h limit (USD)</source>
        <translation>新しい24時間限度額（USD）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>評価額</translation>
    </message>
    <message>
        <source>Reading the assets&apos; precision and prices…</source>
        <translation>資産の精度と価格を読み込んでいます…</translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read ({error}); a limit increase in USD can still be asked for.</source>
        <translation>資産の精度と価格を読み込めませんでした（{error}）。USD 建ての限度額引き上げは引き続き申請できます。</translation>
    </message>
    <message>
        <source>Withdrawal request for {client} ({uid}): {what}</source>
        <translation>{client}（{uid}）の出金申請：{what}</translation>
    </message>
    <message>
        <source>A higher 24-hour withdrawal limit, in USD</source>
        <translation>24時間出金限度額の引き上げ（USD）</translation>
    </message>
    <message>
        <source>A pending withdrawal processed ahead of the queue</source>
        <translation>保留中の出金を順番より先に処理します</translation>
    </message>
    <message>
        <source>The asset being withdrawn</source>
        <translation>出金する資産</translation>
    </message>
    <message>
        <source>The new limit in USD, or the amount of the withdrawal to expedite</source>
        <translation>新しい限度額（USD）、または優先処理する出金の数量</translation>
    </message>
</context>
</TS>
