<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Commit {commit} ({date})</source>
        <translation>커밋 {commit} ({date})</translation>
    </message>
    <message>
        <source>Commit {commit}</source>
        <translation>커밋 {commit}</translation>
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
        <translation>서버: {url}</translation>
    </message>
    <message>
        <source>This is a {build} build, but the update channel is {channel}: ask your IT department for the {channel} build.</source>
        <translation>이 빌드는 {build} 빌드이지만 업데이트 채널은 {channel}입니다. IT 부서에 {channel} 빌드를 요청하세요.</translation>
    </message>
    <message>
        <source>Update channel: {channel} (set by your IT department)</source>
        <translation>업데이트 채널: {channel} (IT 부서에서 설정)</translation>
    </message>
    <message>
        <source>Update channel: {channel}</source>
        <translation>업데이트 채널: {channel}</translation>
    </message>
    <message>
        <source>About VIP Desk</source>
        <translation>VIP 데스크 정보</translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation>VIP 데스크</translation>
    </message>
    <message>
        <source>The desk for the people who serve the exchange&apos;s VIP clients: client profiles, priority ticket lanes, requests and emergency freezes — online or not.</source>
        <translation>거래소 VIP 고객 담당자를 위한 업무 데스크입니다. 고객 프로필, 우선순위별 티켓 대기열, 요청 승인, 긴급 동결까지 온라인이든 오프라인이든 처리할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Closes without saving</source>
        <translation>저장하지 않고 닫습니다</translation>
    </message>
    <message>
        <source>Saves and closes</source>
        <translation>저장하고 닫습니다</translation>
    </message>
    <message>
        <source>Closes this window</source>
        <translation>이 창을 닫습니다</translation>
    </message>
</context>
<context>
    <name>AlertPage</name>
    <message>
        <source>Second factor</source>
        <extracomment>Labels of the detail keys the platform sends today; another key is shown from its name.</extracomment>
        <translation>2단계 인증</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Address added</source>
        <translation>주소 등록 시점</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Carrier&apos;s report</source>
        <translation>통신사 보고</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가/지역</translation>
    </message>
    <message>
        <source>Credentials seen</source>
        <translation>자격 증명 노출</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>후속 활동</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>거래쌍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>신고 시점</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>신고자</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청 수</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>SMS second factor</source>
        <translation>SMS 2단계 인증</translation>
    </message>
    <message>
        <source>Usual country</source>
        <translation>평소 접속 국가</translation>
    </message>
    <message>
        <source>Usual hourly volume (USD)</source>
        <translation>평소 시간당 거래량(USD)</translation>
    </message>
    <message>
        <source>Volume in the last hour (USD)</source>
        <translation>최근 1시간 거래량(USD)</translation>
    </message>
    <message>
        <source>Address whitelist</source>
        <translation>주소 화이트리스트</translation>
    </message>
    <message>
        <source>What the platform saw</source>
        <extracomment>Asks for a note (title, prompt, button, rule); tests answer without a modal loop.</extracomment>
        <translation>플랫폼에서 감지한 내용</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation>프로필 열기(&amp;P)</translation>
    </message>
    <message>
        <source>Recent tickets of this client</source>
        <translation>이 고객의 최근 티켓</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Other alerts of this client</source>
        <translation>이 고객의 다른 알림</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>확인(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge: you are on it (Ctrl+Shift+A)</source>
        <translation>확인: 내가 처리 중임을 표시합니다(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>종결(&amp;D)…</translation>
    </message>
    <message>
        <source>Dismiss with a note: nothing to do (Ctrl+Shift+D)</source>
        <translation>메모를 남기고 종결: 조치 불필요(Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Freeze account…</source>
        <translation>계정 동결(&amp;F)…</translation>
    </message>
    <message>
        <source>Freeze this client&apos;s account now (Ctrl+Shift+F)</source>
        <translation>이 고객의 계정을 즉시 동결합니다(Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>최근 티켓</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>다른 알림</translation>
    </message>
    <message>
        <source>Choose an alert</source>
        <translation>알림을 선택하세요</translation>
    </message>
    <message>
        <source>{kind} · {status} · raised {age} ago · {id}</source>
        <translation>{kind} · {status} · {age} 전 발생 · {id}</translation>
    </message>
    <message>
        <source>{status} by {who} at {when}</source>
        <translation>{status}: {who}, {when}</translation>
    </message>
    <message>
        <source>freeze {id}</source>
        <translation>동결 {id}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>{status}: {scopes}</source>
        <translation>{status}: {scopes}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>담당 매니저</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24시간 출금 한도</translation>
    </message>
    <message>
        <source>Only security officers act on alerts.</source>
        <translation>알림은 보안 담당자만 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your last change of this alert is on its way to the platform.</source>
        <translation>이 알림에 대한 마지막 변경 사항을 플랫폼으로 전송하는 중입니다.</translation>
    </message>
    <message>
        <source>This alert is {status}: nothing more can be done with it.</source>
        <translation>이 알림은 {status} 상태여서 더 이상 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Acknowledge alert {id} ({client})</source>
        <translation>알림 {id} 확인({client})</translation>
    </message>
    <message>
        <source>Write why it needs nothing: {min} to {max} characters.</source>
        <translation>조치가 필요 없는 이유를 {min}~{max}자로 입력하세요.</translation>
    </message>
    <message>
        <source>Dismiss alert</source>
        <translation>알림 종결</translation>
    </message>
    <message>
        <source>Why does this alert need nothing? The note is kept in the audit log.</source>
        <translation>이 알림에 조치가 필요 없는 이유는 무엇인가요? 메모는 감사 로그에 남습니다.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Dismiss alert {id} ({client})</source>
        <translation>알림 {id} 종결({client})</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Your change is on its way to the platform</source>
        <translation>변경 사항을 플랫폼으로 전송하는 중입니다</translation>
    </message>
    <message>
        <source>{status} (sending…)</source>
        <translation>{status}(전송 중…)</translation>
    </message>
</context>
<context>
    <name>ApiAccessRequestForm</name>
    <message>
        <source>Request a change of API access</source>
        <translation>API 접근 권한 변경 요청</translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation>호출 한도 등급</translation>
    </message>
    <message>
        <source>Rate-limit &amp;tier</source>
        <translation>호출 한도 등급(&amp;T)</translation>
    </message>
    <message>
        <source>IP &amp;whitelist</source>
        <translation>IP 화이트리스트(&amp;W)</translation>
    </message>
    <message>
        <source>API access for {client} ({uid}): {what}</source>
        <translation>{client}({uid}) API 접근 권한: {what}</translation>
    </message>
    <message>
        <source>How many API calls a minute the client may make</source>
        <translation>고객이 1분에 호출할 수 있는 API 횟수</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation>서버와 통신하는 중 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your network connection; your work is kept and will be sent when the connection is back.</source>
        <translation>서버에 연결할 수 없습니다. 네트워크 연결을 확인하세요. 작업 내용은 보관되어 있으며 연결이 복구되면 전송됩니다.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Your work is kept and will be sent when the connection is back.</source>
        <translation>서버 응답 시간이 초과되었습니다. 작업 내용은 보관되어 있으며 연결이 복구되면 전송됩니다.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Your work is kept and will be sent when the connection is back.</source>
        <translation>서버와의 연결이 끊어졌습니다. 작업 내용은 보관되어 있으며 연결이 복구되면 전송됩니다.</translation>
    </message>
    <message>
        <source>The proxy server refused or dropped the connection. Check the proxy setting, or ask IT.</source>
        <translation>프록시 서버가 연결을 거부하거나 끊었습니다. 프록시 설정을 확인하거나 IT 부서에 문의하세요.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was stopped. If your company uses its own certificates, ask IT to set the CA bundle setting.</source>
        <translation>서버의 보안 인증서를 확인할 수 없어 연결을 중단했습니다. 회사 자체 인증서를 사용하는 경우 IT 부서에 CA 번들 설정을 요청하세요.</translation>
    </message>
    <message>
        <source>The CA bundle file in the settings ({path}) cannot be read, so no secure connection can be made. Ask IT to check the CA bundle setting.</source>
        <translation>설정된 CA 번들 파일({path})을 읽을 수 없어 보안 연결을 할 수 없습니다. IT 부서에 CA 번들 설정 확인을 요청하세요.</translation>
    </message>
    <message>
        <source>The server address must start with https:// so that your sign-in is protected.</source>
        <translation>로그인 정보를 보호하려면 서버 주소가 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://example.com.</source>
        <translation>서버 주소가 올바르지 않습니다. https://example.com과 같은 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>The server sent an answer VIP Desk could not understand. It will be tried again.</source>
        <translation>VIP 데스크가 이해할 수 없는 응답을 서버가 보냈습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>서버가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>서버가 요청을 거부했습니다: {detail}</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete: {detail}</source>
        <translation>요청 내용이 불완전하여 서버가 거부했습니다: {detail}</translation>
    </message>
    <message>
        <source>You are no longer signed in. Please sign in again.</source>
        <translation>로그인 상태가 아닙니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The username, password or code is not right. Check them and try again; a code can be used only once, so wait for the next one.</source>
        <translation>사용자 이름, 비밀번호 또는 인증 코드가 올바르지 않습니다. 확인 후 다시 시도하세요. 인증 코드는 한 번만 사용할 수 있으므로 다음 코드가 나올 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code in your authenticator app and try again.</source>
        <translation>인증 코드가 거부되었습니다. 인증 앱에 다음 코드가 나오면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This action needs a fresh code from your authenticator app.</source>
        <translation>이 작업을 하려면 인증 앱의 새 인증 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>A policy does not allow this request (rule: {rule_id}).</source>
        <translation>정책에 따라 허용되지 않는 요청입니다(규칙: {rule_id}).</translation>
    </message>
    <message>
        <source>No policy allows this request.</source>
        <translation>이 요청을 허용하는 정책이 없습니다.</translation>
    </message>
    <message>
        <source>This item no longer exists on the server.</source>
        <translation>이 항목은 서버에 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state: {detail}</source>
        <translation>항목의 현재 상태에서는 수행할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>This cannot be done in the item&apos;s current state.</source>
        <translation>항목의 현재 상태에서는 수행할 수 없습니다.</translation>
    </message>
    <message>
        <source>The same action is still being processed by the server. It will be checked again.</source>
        <translation>동일한 작업을 서버에서 아직 처리 중입니다. 잠시 후 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. Reload it and make your change again.</source>
        <translation>그사이 다른 사람이 이 항목을 변경했습니다. 새로 불러온 뒤 다시 변경하세요.</translation>
    </message>
    <message>
        <source>The server needs the item&apos;s version to accept this change.</source>
        <translation>이 변경을 적용하려면 서버에 항목의 버전 정보가 필요합니다.</translation>
    </message>
    <message>
        <source>The local copy is too old and will be downloaded again from the server.</source>
        <translation>로컬 사본이 너무 오래되어 서버에서 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>Some values were not accepted: {fields}</source>
        <translation>일부 입력값이 거부되었습니다: {fields}</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>일부 입력값이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The server is busy. VIP Desk will try again in {wait}.</source>
        <translation>서버가 혼잡합니다. {wait} 후 VIP 데스크가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Signing in is locked for another {wait}.</source>
        <translation>실패 횟수가 너무 많습니다. {wait} 동안 로그인이 잠깁니다.</translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again.</source>
        <translation>서버에 문제가 발생했습니다. VIP 데스크가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server had a problem. VIP Desk will try again in {wait}.</source>
        <translation>서버에 문제가 발생했습니다. {wait} 후 VIP 데스크가 다시 시도합니다.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}분 {seconds}초</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>몇 분</translation>
    </message>
</context>
<context>
    <name>AssetBook</name>
    <message>
        <source>VIP Desk is not connected to the platform.</source>
        <translation>VIP 데스크가 플랫폼에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation>이 컴퓨터에는 {name} 파일을 열 수 있는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>This image is too large to show ({w} × {h} pixels).</source>
        <translation>이미지가 너무 커서 표시할 수 없습니다({w} × {h}픽셀).</translation>
    </message>
    <message>
        <source>This file cannot be shown as an image.</source>
        <translation>이 파일은 이미지로 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>파일을 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>Files to send</source>
        <translation>보낼 파일</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>첨부…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>파일 첨부(Ctrl+Shift+A). 여기로 파일을 끌어다 놓거나 스크린샷을 붙여 넣을 수도 있습니다(Ctrl+V).</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>첨부 파일 알림</translation>
    </message>
    <message>
        <source>Accepted files (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;All files (*)</source>
        <translation>허용되는 파일 (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>A reply carries at most {n} files.</source>
        <translation>답변 하나에 파일을 최대 {n}개까지 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Attached as “{name}”: characters that can disguise a file name were removed.</source>
        <translation>“{name}”(으)로 첨부했습니다. 파일 이름을 위장하는 데 쓰일 수 있는 문자는 제거했습니다.</translation>
    </message>
    <message>
        <source>{name} was not attached: only PNG, JPEG and WebP images, PDF documents, MP4 videos and plain text files are accepted.</source>
        <translation>{name} 파일을 첨부하지 않았습니다. PNG·JPEG·WebP 이미지, PDF 문서, MP4 동영상, 일반 텍스트 파일만 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} was not attached: the file is empty.</source>
        <translation>{name} 파일을 첨부하지 않았습니다. 빈 파일입니다.</translation>
    </message>
    <message>
        <source>{name} was not attached: it is larger than 25 MiB.</source>
        <translation>{name} 파일을 첨부하지 않았습니다. 25MiB를 초과합니다.</translation>
    </message>
    <message>
        <source>{name} was not attached: the image is {size}; at most {mp} megapixels are accepted.</source>
        <translation>{name} 파일을 첨부하지 않았습니다. 이미지 크기가 {size}입니다. 최대 {mp}메가픽셀까지 허용됩니다.</translation>
    </message>
    <message>
        <source>{name} was not attached: it is {what}, not what its name says.</source>
        <translation>{name} 파일을 첨부하지 않았습니다. 이름과 달리 실제로는 {what} 파일입니다.</translation>
    </message>
    <message>
        <source>{name} was not attached: its content does not match its type ({reason}).</source>
        <translation>{name} 파일을 첨부하지 않았습니다. 내용이 파일 형식과 일치하지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Checking the files… ({n} left)</source>
        <translation>파일 확인 중…({n}개 남음)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 이미지</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 동영상</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Remove the selected file ({key})</source>
        <translation>선택한 파일 제거({key})</translation>
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
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>플랫폼</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>&amp;Get new entries</source>
        <translation>새 항목 가져오기(&amp;G)</translation>
    </message>
    <message>
        <source>Page in the entries the server added (F5)</source>
        <translation>서버에 추가된 항목을 불러옵니다(F5)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute the whole chain and check it against the pin kept on this computer (Ctrl+Shift+V)</source>
        <translation>전체 체인을 다시 계산하고 이 컴퓨터에 보관된 기준점과 대조합니다(Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Export view (&amp;CSV)…</source>
        <translation>현재 목록 내보내기(&amp;CSV)…</translation>
    </message>
    <message>
        <source>The entries listed now, with their words</source>
        <translation>현재 표시된 항목을 설명 문장과 함께 내보냅니다</translation>
    </message>
    <message>
        <source>Export chain (&amp;JSON Lines)…</source>
        <translation>전체 체인 내보내기(&amp;JSON Lines)…</translation>
    </message>
    <message>
        <source>Every entry exactly as served, for &apos;vipclient audit verify&apos;</source>
        <translation>서버가 보낸 그대로의 전체 항목(&apos;vipclient audit verify&apos;용)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>검증 결과</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>uid, ticket, request…</source>
        <translation>UID, 티켓, 요청…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>이전 해시</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>해시</translation>
    </message>
    <message>
        <source>Details as served</source>
        <translation>서버가 보낸 세부 정보</translation>
    </message>
    <message numerus="yes">
        <source>{n} of %Ln entries</source>
        <translation>
            <numerusform>%Ln건 중 {n}건</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>모든 처리자</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>{family}* (all)</source>
        <translation>{family}*(전체)</translation>
    </message>
    <message>
        <source>Choose an entry to see it whole.</source>
        <translation>항목을 선택하면 전체 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>The log could not be read from the server: {reason} The entries already here are shown.</source>
        <translation>서버에서 로그를 읽어 올 수 없습니다: {reason} 이 컴퓨터에 이미 있는 항목을 표시합니다.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>체인 검증 중…</translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation>체인을 검증할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Export the listed entries</source>
        <translation>표시된 항목 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the whole chain</source>
        <translation>전체 체인 내보내기</translation>
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
        <translation>일시(UTC)</translation>
    </message>
    <message>
        <source>Staff id</source>
        <translation>직원 ID</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {file}</source>
        <translation>
            <numerusform>항목 %Ln건을 {file}에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing exported: {reason}</source>
        <translation>내보내지 않았습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>Not verified on this computer yet.</source>
        <translation>이 컴퓨터에서 아직 검증한 적이 없습니다.</translation>
    </message>
    <message>
        <source>Verified before on this computer up to entry {size} (head {head}).</source>
        <translation>이 컴퓨터에서 항목 {size}까지 검증한 적이 있습니다(최종 해시 {head}).</translation>
    </message>
    <message>
        <source>Checked against the server.</source>
        <translation>서버와 대조했습니다.</translation>
    </message>
    <message>
        <source>Offline: the entries in this computer&apos;s cache were checked, the server was not asked.</source>
        <translation>오프라인: 이 컴퓨터의 캐시에 있는 항목만 검사했으며 서버에는 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN from entry {start} on. Entry {size}, verified on this computer before with hash {hash}, no longer has that hash (the entries from {start} on differ from the ones kept here).</source>
        <translation>경보 — 서버의 감사 기록이 항목 {start}부터 재작성되었습니다. 이 컴퓨터에서 이전에 해시 {hash}(으)로 검증한 항목 {size}의 해시가 달라졌습니다(항목 {start}부터 이 컴퓨터에 보관된 항목과 다릅니다).</translation>
    </message>
    <message>
        <source>ALARM — the server&apos;s audit history was REWRITTEN: entry {size}, verified on this computer before with hash {hash}, no longer has that hash. The chain holds together on its own, so every hash after the change was recomputed.</source>
        <translation>경보 — 서버의 감사 기록이 재작성되었습니다. 이 컴퓨터에서 이전에 해시 {hash}(으)로 검증한 항목 {size}의 해시가 달라졌습니다. 체인 자체로는 끊긴 곳이 없으므로 변경 지점 이후의 모든 해시가 다시 계산된 것입니다.</translation>
    </message>
    <message>
        <source>The old pin is kept as evidence and was not replaced; report this to the platform&apos;s security team.</source>
        <translation>이전 기준점은 증거로 보존했으며 교체하지 않았습니다. 이 사실을 플랫폼 보안팀에 보고하세요.</translation>
    </message>
    <message>
        <source>Record: {path}</source>
        <translation>기록: {path}</translation>
    </message>
    <message>
        <source>The rewritten history starts here (entry {seq})</source>
        <translation>재작성된 기록이 여기서 시작됩니다(항목 {seq})</translation>
    </message>
    <message>
        <source>{n} entries verified, head {head}.</source>
        <translation>항목 {n}건 검증 완료, 최종 해시 {head}.</translation>
    </message>
    <message>
        <source>Entry {seq} was CHANGED: its hash does not match its content, or it does not point to the entry before it. Everything before it verified ({n} entries).</source>
        <translation>항목 {seq}이(가) 변조되었습니다. 해시가 내용과 일치하지 않거나 바로 앞 항목을 가리키지 않습니다. 그 이전 항목은 모두 검증되었습니다({n}건).</translation>
    </message>
    <message>
        <source>Changed: this entry&apos;s hash does not match its content</source>
        <translation>변조됨: 이 항목의 해시가 내용과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>Entry {seq} is MISSING: the numbering jumps over it. Everything before it verified ({n} entries).</source>
        <translation>항목 {seq}이(가) 누락되었습니다. 번호가 이 항목을 건너뜁니다. 그 이전 항목은 모두 검증되었습니다({n}건).</translation>
    </message>
    <message>
        <source>Entry {seq} before this one is missing</source>
        <translation>이 항목 앞의 항목 {seq}이(가) 누락되었습니다</translation>
    </message>
    <message>
        <source>ALARM — entry {seq} no longer has the hash verified on this computer before ({hash}): the history was rewritten. The old pin is kept as evidence.</source>
        <translation>경보 — 항목 {seq}의 해시가 이 컴퓨터에서 이전에 검증한 값({hash})과 다릅니다. 기록이 재작성되었습니다. 이전 기준점은 증거로 보존했습니다.</translation>
    </message>
    <message>
        <source>Rewritten: this entry no longer has the pinned hash</source>
        <translation>재작성됨: 이 항목의 해시가 기준점에 고정된 해시와 다릅니다</translation>
    </message>
    <message>
        <source>An entry after entry {head} lacks what every entry has. Everything before it verified ({n} entries).</source>
        <translation>항목 {head} 이후의 한 항목에 모든 항목에 있어야 할 필드가 없습니다. 그 이전 항목은 모두 검증되었습니다({n}건).</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>login</source>
        <extracomment>Enum values shown inside sentences (scopes, reasons, severities, alert kinds, teams…).</extracomment>
        <translation>로그인</translation>
    </message>
    <message>
        <source>trading</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>account compromise</source>
        <translation>계정 탈취</translation>
    </message>
    <message>
        <source>phishing report</source>
        <translation>피싱 신고</translation>
    </message>
    <message>
        <source>suspicious withdrawal</source>
        <translation>이상 출금</translation>
    </message>
    <message>
        <source>legal order</source>
        <translation>법적 명령</translation>
    </message>
    <message>
        <source>client&apos;s request</source>
        <translation>고객 요청</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>new device login</source>
        <translation>새 기기 로그인</translation>
    </message>
    <message>
        <source>withdrawal to a new address</source>
        <translation>새 주소로 출금</translation>
    </message>
    <message>
        <source>SIM swap report</source>
        <translation>SIM 교체 신고</translation>
    </message>
    <message>
        <source>API key used from a new IP</source>
        <translation>새 IP에서 API 키 사용</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>unusual volume</source>
        <translation>비정상 거래량</translation>
    </message>
    <message>
        <source>fee request</source>
        <translation>수수료 요청</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>출금 요청</translation>
    </message>
    <message>
        <source>API access request</source>
        <translation>API 접근 요청</translation>
    </message>
    <message>
        <source>{actor} signed in</source>
        <extracomment>One sentence per action; ``{actor}`` is a staff member&apos;s name or &quot;The platform&quot;.</extracomment>
        <translation>{actor} 님이 로그인했습니다</translation>
    </message>
    <message>
        <source>A sign-in as {username} failed</source>
        <translation>{username} 계정으로 로그인하지 못했습니다</translation>
    </message>
    <message>
        <source>{actor} confirmed with a fresh code</source>
        <translation>{actor} 님이 새 인증 코드로 확인했습니다</translation>
    </message>
    <message>
        <source>A code entered by {username} was refused</source>
        <translation>{username} 님이 입력한 인증 코드가 거부되었습니다</translation>
    </message>
    <message>
        <source>{username} was locked out after {failures} failed attempts</source>
        <translation>{username} 계정이 {failures}회 실패하여 잠겼습니다</translation>
    </message>
    <message>
        <source>A used sign-in token came back: every session of {actor} ended</source>
        <translation>이미 사용된 로그인 토큰이 다시 제시되어 {actor} 님의 모든 세션을 종료했습니다</translation>
    </message>
    <message>
        <source>{actor} signed out</source>
        <translation>{actor} 님이 로그아웃했습니다</translation>
    </message>
    <message>
        <source>{actor} changed {target}: {changed}</source>
        <translation>{actor} 님이 {target}을(를) 변경했습니다: {changed}</translation>
    </message>
    <message>
        <source>{actor} froze {target}: {scopes} — {reason}</source>
        <translation>{actor} 님이 {target}을(를) 동결했습니다: {scopes} — {reason}</translation>
    </message>
    <message>
        <source>{actor} widened the freeze of {target} to {scopes} — {reason}</source>
        <translation>{actor} 님이 {target}의 동결 범위를 {scopes}(으)로 확대했습니다 — {reason}</translation>
    </message>
    <message>
        <source>{actor} lifted the freeze of {target} (asked for by {requester})</source>
        <translation>{actor} 님이 {target}의 동결을 해제했습니다(요청자: {requester})</translation>
    </message>
    <message>
        <source>{actor} exported the conversations of {target} as {format} (tickets: {count})</source>
        <translation>{actor} 님이 {target}의 대화 기록을 {format}(으)로 내보냈습니다(티켓: {count}건)</translation>
    </message>
    <message>
        <source>{actor} asked to lift the freeze of {client}: {reason}</source>
        <translation>{actor} 님이 {client}의 동결 해제를 요청했습니다: {reason}</translation>
    </message>
    <message>
        <source>{actor} approved lifting the freeze of {client}</source>
        <translation>{actor} 님이 {client}의 동결 해제를 승인했습니다</translation>
    </message>
    <message>
        <source>{actor} kept the freeze of {client} (request rejected)</source>
        <translation>{actor} 님이 {client}의 동결을 유지했습니다(요청 반려)</translation>
    </message>
    <message>
        <source>{client} opened ticket {target}</source>
        <translation>{client} 님이 티켓 {target}을(를) 생성했습니다</translation>
    </message>
    <message>
        <source>{actor} wrote on ticket {target}</source>
        <translation>{actor} 님이 티켓 {target}에 답변했습니다</translation>
    </message>
    <message>
        <source>{actor} added an internal note to ticket {target}</source>
        <translation>{actor} 님이 티켓 {target}에 내부 메모를 추가했습니다</translation>
    </message>
    <message>
        <source>The client wrote on ticket {target}</source>
        <translation>고객이 티켓 {target}에 메시지를 남겼습니다</translation>
    </message>
    <message>
        <source>{actor} assigned ticket {target} to {to}</source>
        <translation>{actor} 님이 티켓 {target}을(를) {to}에게 배정했습니다</translation>
    </message>
    <message>
        <source>{actor} moved ticket {target} from {from} to {to}</source>
        <translation>{actor} 님이 티켓 {target}의 상태를 {from}에서 {to}(으)로 변경했습니다</translation>
    </message>
    <message>
        <source>{actor} escalated ticket {target} to {team}</source>
        <translation>{actor} 님이 티켓 {target}을(를) {team} 팀으로 에스컬레이션했습니다</translation>
    </message>
    <message>
        <source>{actor} attached {filename} to ticket {target}</source>
        <translation>{actor} 님이 티켓 {target}에 {filename} 파일을 첨부했습니다</translation>
    </message>
    <message>
        <source>{actor} asked for {kind} {target} for {client} (rule {rule})</source>
        <translation>{actor} 님이 {client}에 대한 {kind} {target}을(를) 작성했습니다(규칙 {rule})</translation>
    </message>
    <message>
        <source>{actor} approved {kind} {target}</source>
        <translation>{actor} 님이 {kind} {target}을(를) 승인했습니다</translation>
    </message>
    <message>
        <source>{actor} rejected {kind} {target}</source>
        <translation>{actor} 님이 {kind} {target}을(를) 반려했습니다</translation>
    </message>
    <message>
        <source>{actor} cancelled {kind} {target}</source>
        <translation>{actor} 님이 {kind} {target}을(를) 취소했습니다</translation>
    </message>
    <message>
        <source>{kind} {target} was applied to {client}</source>
        <translation>{kind} {target}이(가) {client}에 적용되었습니다</translation>
    </message>
    <message>
        <source>{kind} {target} expired</source>
        <translation>{kind} {target}이(가) 만료되었습니다</translation>
    </message>
    <message>
        <source>The rule {rule} blocked {actor}&apos;s {kind} for {target}</source>
        <translation>{actor} 님의 {target} 대상 {kind}이(가) 규칙 {rule}에 따라 차단되었습니다</translation>
    </message>
    <message>
        <source>{actor} was refused {target}</source>
        <translation>{actor} 님의 {target} 접근이 거부되었습니다</translation>
    </message>
    <message>
        <source>A {severity} alert was raised on {target}: {kind}</source>
        <translation>{target}에 알림이 발생했습니다(심각도 {severity}): {kind}</translation>
    </message>
    <message>
        <source>{actor} acknowledged alert {alert} on {target}</source>
        <translation>{actor} 님이 {target}의 알림 {alert}을(를) 확인했습니다</translation>
    </message>
    <message>
        <source>{actor} dismissed alert {alert} on {target}: {note}</source>
        <translation>{actor} 님이 {target}의 알림 {alert}을(를) 종결했습니다: {note}</translation>
    </message>
    <message>
        <source>{actor} froze {target} in answer to alert {alert}</source>
        <translation>{actor} 님이 알림 {alert}에 대응해 {target}을(를) 동결했습니다</translation>
    </message>
    <message>
        <source>{actor}: {action} {target}</source>
        <translation>{actor}: {action} {target}</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>플랫폼</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The tickets behind the figure; Enter opens one</source>
        <translation>이 수치에 해당하는 티켓. Enter 키로 엽니다</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>미배정</translation>
    </message>
    <message numerus="yes">
        <source>The first {shown} of %n tickets · Enter opens one</source>
        <translation>
            <numerusform>티켓 %n건 중 처음 {shown}건 · Enter 키로 열기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets · Enter opens one</source>
        <translation>
            <numerusform>티켓 %n건 · Enter 키로 열기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP 데스크</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save this chart as a picture or its data as CSV</source>
        <translation>차트를 이미지로 저장하거나 데이터를 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>차트를 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>데이터를 CSV로 저장…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>데이터를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Arrow keys move between the bars; Enter opens the tickets behind one</source>
        <translation>화살표 키로 막대 사이를 이동하고, Enter 키로 해당 막대의 티켓을 엽니다</translation>
    </message>
    <message>
        <source>The rows behind this figure</source>
        <translation>이 수치에 해당하는 행</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Client uid or name…</source>
        <translation>고객 UID 또는 이름…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
</context>
<context>
    <name>ClientProfile</name>
    <message>
        <source>Reply to open ticket</source>
        <extracomment>The client&apos;s version when the person began editing (the edit&apos;s If-Match). Shows a conflict; tests replace it to answer without a modal loop.</extracomment>
        <translation>미해결 티켓에 답변</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>선호 채널</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>현지 시각</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation>KYC 레벨</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>담당 매니저</translation>
    </message>
    <message>
        <source>30-day volume</source>
        <translation>30일 거래량</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>수수료율</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24시간 출금 한도</translation>
    </message>
    <message>
        <source>API rate tier</source>
        <translation>API 호출 한도 등급</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP 화이트리스트</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>태그 및 메모</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. otc, market-maker</source>
        <translation>쉼표로 구분(예: otc, market-maker)</translation>
    </message>
    <message>
        <source>Notes about this client (visible to all staff)</source>
        <translation>이 고객에 대한 메모(모든 직원이 볼 수 있음)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Resolve conflict…</source>
        <translation>충돌 해결…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동 내역</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>요청…</translation>
    </message>
    <message>
        <source>Make a request for this client</source>
        <translation>이 고객에 대한 요청 작성</translation>
    </message>
    <message>
        <source>FROZEN since {since} — {scopes} — {reason}{note}</source>
        <translation>동결됨 · {since}부터 — {scopes} — {reason}{note}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>FROZEN — {scopes}</source>
        <translation>동결됨 — {scopes}</translation>
    </message>
    <message>
        <source>none (any IP)</source>
        <translation>없음(모든 IP 허용)</translation>
    </message>
    <message>
        <source>maker {maker} bps / taker {taker} bps</source>
        <translation>메이커 {maker}bp / 테이커 {taker}bp</translation>
    </message>
    <message>
        <source>custom, expires in {t}</source>
        <translation>맞춤, {t} 후 만료</translation>
    </message>
    <message>
        <source>custom, expired</source>
        <translation>맞춤, 만료됨</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>tier schedule</source>
        <translation>등급 기본 수수료율</translation>
    </message>
    <message>
        <source>This client has no open ticket</source>
        <translation>이 고객에게 미해결 티켓이 없습니다</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Fee request</source>
        <translation>수수료 요청</translation>
    </message>
    <message>
        <source>Withdrawal request</source>
        <translation>출금 요청</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation>API 접근 요청</translation>
    </message>
    <message>
        <source>Someone else changed this client: choose a version.</source>
        <translation>다른 사람이 이 고객 정보를 변경했습니다. 유지할 버전을 선택하세요.</translation>
    </message>
    <message>
        <source>Saved here; sending…</source>
        <translation>로컬에 저장됨, 전송 중…</translation>
    </message>
    <message>
        <source>Opens one of this client&apos;s open tickets to answer it</source>
        <translation>이 고객의 미해결 티켓 중 하나를 열어 답변합니다</translation>
    </message>
    <message>
        <source>The client&apos;s tags, separated by commas</source>
        <translation>고객 태그(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Notes about this client, seen by all staff</source>
        <translation>모든 직원이 볼 수 있는 이 고객에 대한 메모</translation>
    </message>
    <message>
        <source>Saves the tags and notes</source>
        <translation>태그와 메모를 저장합니다</translation>
    </message>
    <message>
        <source>Someone else changed this client meanwhile: choose what to keep</source>
        <translation>그사이 다른 사람이 이 고객 정보를 변경했습니다. 유지할 내용을 선택하세요</translation>
    </message>
    <message>
        <source>The client&apos;s tickets and requests, newest first; Enter opens one</source>
        <translation>고객의 티켓과 요청(최신순). Enter 키로 엽니다</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request, sent for approval</source>
        <translation>수수료, 출금 또는 API 접근 요청을 작성해 승인을 요청합니다</translation>
    </message>
    <message>
        <source>Client profile</source>
        <translation>고객 프로필</translation>
    </message>
    <message>
        <source>The chosen client&apos;s details, notes, activity and exports</source>
        <translation>선택한 고객의 세부 정보, 메모, 활동 내역, 내보내기 내역</translation>
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
        <translation>이름</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>담당 매니저</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>30-day volume (USD)</source>
        <translation>30일 거래량(USD)</translation>
    </message>
    <message>
        <source>Assets (USD)</source>
        <translation>자산(USD)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>태그: {tags}</translation>
    </message>
    <message>
        <source>Search uid, name or e-mail…</source>
        <extracomment>How &quot;reply to open ticket&quot; opens a ticket: in the main window&apos;s Lanes section when this screen lives in a window that can (``open_ticket``), else in a window of its own.</extracomment>
        <translation>UID, 이름, 이메일 검색…</translation>
    </message>
    <message>
        <source>My book</source>
        <translation>내 담당 고객</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>전체 고객</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>모든 등급</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>No client matches these filters.</source>
        <translation>필터 조건에 맞는 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Book of {name}</source>
        <translation>{name} 담당 고객</translation>
    </message>
    <message>
        <source>Ticket {id}</source>
        <translation>티켓 {id}</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>해제됨</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>고객 검색</translation>
    </message>
    <message>
        <source>Narrows the list to clients whose uid, name or e-mail contains this</source>
        <translation>UID, 이름 또는 이메일에 입력한 내용이 포함된 고객만 표시합니다</translation>
    </message>
    <message>
        <source>Whose clients</source>
        <translation>담당 범위</translation>
    </message>
    <message>
        <source>Shows your book or every client</source>
        <translation>내 담당 고객 또는 전체 고객을 표시합니다</translation>
    </message>
    <message>
        <source>Shows only clients of this VIP tier</source>
        <translation>이 VIP 등급의 고객만 표시합니다</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Shows only clients who speak this language</source>
        <translation>이 언어를 사용하는 고객만 표시합니다</translation>
    </message>
    <message>
        <source>Shows only active or only frozen clients</source>
        <translation>활성 고객 또는 동결된 고객만 표시합니다</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Shows only clients with this tag</source>
        <translation>이 태그가 있는 고객만 표시합니다</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>The clients that match the filters; the chosen one&apos;s profile is beside</source>
        <translation>필터 조건에 맞는 고객 목록. 선택한 고객의 프로필이 옆에 표시됩니다</translation>
    </message>
</context>
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>고객 %n명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>VIP Desk ran into a problem</source>
        <translation>VIP 데스크에 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Something went wrong inside VIP Desk. Your work is kept: actions you took are saved and will still be sent. You can carry on; if it happens again, send the details below to IT support.</source>
        <translation>VIP 데스크 내부에서 문제가 발생했습니다. 작업 내용은 보존됩니다. 수행한 작업은 저장되어 있으며 그대로 전송됩니다. 계속 작업해도 되며, 문제가 다시 발생하면 아래 세부 정보를 IT 지원팀에 보내 주세요.</translation>
    </message>
    <message>
        <source>The log is kept in: {path}</source>
        <translation>로그 저장 위치: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open tickets</source>
        <translation>미해결 티켓</translation>
    </message>
    <message>
        <source>Breached now</source>
        <translation>현재 SLA 위반</translation>
    </message>
    <message>
        <source>Open tickets per lane</source>
        <translation>대기열별 미해결 티켓</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>{lane}: open tickets</source>
        <translation>{lane}: 미해결 티켓</translation>
    </message>
    <message>
        <source>{lane}: breached now</source>
        <translation>{lane}: 현재 SLA 위반</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>SLA met per day (%)</source>
        <translation>일별 SLA 준수율(%)</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>후속 응답</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>First responses settled on {day}</source>
        <translation>{day}에 확정된 첫 응답</translation>
    </message>
    <message>
        <source>Resolutions settled on {day}</source>
        <translation>{day}에 확정된 해결</translation>
    </message>
    <message>
        <source>Median (minutes)</source>
        <translation>중앙값(분)</translation>
    </message>
    <message>
        <source>Median first response per tier</source>
        <translation>등급별 첫 응답 시간 중앙값</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Tickets answered</source>
        <translation>응답한 티켓</translation>
    </message>
    <message>
        <source>{tier}: tickets opened in the period and answered, slowest first</source>
        <translation>{tier}: 기간 내 접수되어 응답한 티켓(느린 순)</translation>
    </message>
    <message>
        <source>{clock} met</source>
        <translation>{clock} 준수</translation>
    </message>
    <message>
        <source>{clock} missed</source>
        <translation>{clock} 미준수</translation>
    </message>
    <message>
        <source>{clock} %</source>
        <translation>{clock} 준수율(%)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>접수 티켓</translation>
    </message>
    <message>
        <source>Tickets opened per channel</source>
        <translation>채널별 접수 티켓</translation>
    </message>
    <message>
        <source>{channel}: tickets opened in the period</source>
        <translation>{channel}: 기간 내 접수된 티켓</translation>
    </message>
    <message>
        <source>SLA met per channel (%)</source>
        <translation>채널별 SLA 준수율(%)</translation>
    </message>
    <message>
        <source>{channel}: first responses settled, missed first</source>
        <translation>{channel}: 확정된 첫 응답(미준수 먼저)</translation>
    </message>
    <message>
        <source>{channel}: resolutions settled, missed first</source>
        <translation>{channel}: 확정된 해결(미준수 먼저)</translation>
    </message>
    <message>
        <source>SLA breaches by tier and category</source>
        <translation>등급·분류별 SLA 위반</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>{tier} · {category}: SLA breaches</source>
        <translation>{tier} · {category}: SLA 위반</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>대기 시작</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 시간</translation>
    </message>
    <message>
        <source>Requests waiting for approval, by age</source>
        <translation>승인 대기 중인 요청(대기 시간별)</translation>
    </message>
    <message>
        <source>{kind} requests waiting {age}</source>
        <translation>{kind} 요청({age} 대기)</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>동결 범위</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 일시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>No active freezes.</source>
        <translation>적용 중인 동결이 없습니다.</translation>
    </message>
    <message>
        <source>Open risk alerts by severity</source>
        <translation>심각도별 미처리 리스크 알림</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>발생 일시</translation>
    </message>
    <message>
        <source>{severity} risk alerts ({status})</source>
        <translation>리스크 알림(심각도 {severity}, {status})</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>계정 보안</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>입금</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>소셜 미디어</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>수수료율</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API 접근</translation>
    </message>
    <message>
        <source>0–1 h</source>
        <translation>0–1시간</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4시간</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24시간</translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation>1–3일</translation>
    </message>
    <message>
        <source>≥ 3 d</source>
        <translation>3일 이상</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미처리</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>계정 탈취</translation>
    </message>
    <message>
        <source>Phishing report</source>
        <translation>피싱 신고</translation>
    </message>
    <message>
        <source>Suspicious withdrawal</source>
        <translation>이상 출금</translation>
    </message>
    <message>
        <source>Legal order</source>
        <translation>법적 명령</translation>
    </message>
    <message>
        <source>Client&apos;s request</source>
        <translation>고객 요청</translation>
    </message>
    <message>
        <source>login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>trading</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>withdrawals</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}일 {h}시간</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}시간 {m}분</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}분</translation>
    </message>
    <message>
        <source>Active freezes</source>
        <translation>적용 중인 동결</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting · the oldest for {age}</source>
        <translation>
            <numerusform>%n건 대기 중 · 최장 {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n건 적용 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>미처리 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Mine</source>
        <extracomment>Sync&apos;s changes are drawn this long after the last page (pages come in bursts). Figures that move with the clock alone (breaches now, ages) are read again this often. Entities whose changes move a figure. Between two cards&apos; drawing: a timer, not a posted call, so the card just drawn is painted in a turn of its own (a posted call ran in the same turn as the paint: 11–15 ms at once).</extracomment>
        <translation>내 현황</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>The team&apos;s figures are for supervisors.</source>
        <translation>팀 현황은 슈퍼바이저만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>수치를 다시 읽어 옵니다(F5)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Updated {time} · the last {days} days, in your time zone ({tz})</source>
        <translation>{time} 업데이트 · 최근 {days}일, 내 시간대({tz}) 기준</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>현황 범위</translation>
    </message>
    <message>
        <source>Your own figures, or your team&apos;s (for supervisors)</source>
        <translation>내 현황 또는 팀 현황(슈퍼바이저 전용)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Every chart of the dashboard; each one exports to PNG and CSV</source>
        <translation>대시보드의 모든 차트. 각 차트는 PNG와 CSV로 내보낼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Approve request</source>
        <translation>요청 승인</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>요청 반려</translation>
    </message>
    <message>
        <source>You approve exactly this:</source>
        <translation>다음 내용을 그대로 승인합니다:</translation>
    </message>
    <message>
        <source>You reject this:</source>
        <translation>다음 내용을 반려합니다:</translation>
    </message>
    <message>
        <source>{kind} for {client} ({uid}, {tier})</source>
        <translation>{kind} — {client}({uid}, {tier})</translation>
    </message>
    <message>
        <source>{asked} (now {now})</source>
        <translation>{asked}(현재 {now})</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>요청 사유</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Rule {rule}</source>
        <translation>규칙 {rule}</translation>
    </message>
    <message>
        <source>This rule asks for a fresh TOTP code: you will be asked for yours when your approval is sent.</source>
        <translation>이 규칙은 새 OTP 코드를 요구합니다. 승인을 전송할 때 OTP 코드를 입력하게 됩니다.</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>의견(반려 시 필수)</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>의견(선택)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>반려(&amp;R)</translation>
    </message>
    <message>
        <source>Say why you reject it: the requester reads your comment.</source>
        <translation>반려 사유를 적어 주세요. 요청자가 이 의견을 확인합니다.</translation>
    </message>
    <message>
        <source>A comment has at most {n} characters.</source>
        <translation>의견은 최대 {n}자까지 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export transcript — {name}</source>
        <translation>대화 기록 내보내기 — {name}</translation>
    </message>
    <message>
        <source>Tickets to export</source>
        <translation>내보낼 티켓</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>None</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 데이터</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>Include them, marked as internal</source>
        <translation>포함(내부 메모로 표시)</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Reason for the export</source>
        <translation>내보내기 사유</translation>
    </message>
    <message>
        <source>Why this transcript leaves the desk (the client&apos;s request, a compliance case…)</source>
        <translation>이 대화 기록을 외부로 내보내는 이유(고객 요청, 컴플라이언스 건 등)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>내보내기 상태</translation>
    </message>
    <message>
        <source>Record and export</source>
        <translation>기록 후 내보내기</translation>
    </message>
    <message>
        <source>Records the export with the platform (a fresh code is asked for), then writes the file</source>
        <translation>플랫폼에 내보내기를 기록한 뒤(새 인증 코드 필요) 파일을 저장합니다</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>티켓을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Write a reason of {a} to {b} characters.</source>
        <translation>사유를 {a}~{b}자로 입력하세요.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>대화 기록 내보내기</translation>
    </message>
    <message>
        <source>VIP Desk is not connected to the platform: an export must be recorded there first. Try again when online.</source>
        <translation>VIP 데스크가 플랫폼에 연결되어 있지 않습니다. 내보내기는 먼저 플랫폼에 기록해야 하므로 온라인 상태에서 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Reading threads from the platform ({n})…</source>
        <translation>플랫폼에서 대화 내역을 읽는 중({n}건)…</translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation>파일 생성 중…</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Recording the export with the platform…</source>
        <translation>플랫폼에 내보내기를 기록하는 중…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>파일 저장 중…</translation>
    </message>
    <message>
        <source>Written to {path}.
Recorded as export {id}.
SHA-256: {sha}</source>
        <translation>{path}에 저장했습니다.
내보내기 {id}(으)로 기록되었습니다.
SHA-256: {sha}</translation>
    </message>
    <message>
        <source>The export was recorded ({id}) but the file could not be written ({reason}). Choose another place and press the button again: the same file is written.</source>
        <translation>내보내기는 기록되었지만({id}) 파일을 저장하지 못했습니다({reason}). 다른 위치를 선택하고 버튼을 다시 누르면 동일한 파일이 저장됩니다.</translation>
    </message>
    <message>
        <source>Write the file again</source>
        <translation>파일 다시 저장</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>내보낸 내용이 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>FeeRequestForm</name>
    <message>
        <source>Request a custom fee schedule</source>
        <translation>맞춤 수수료율 요청</translation>
    </message>
    <message>
        <source>e.g. 4.5</source>
        <translation>예: 4.5</translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation>메이커 수수료율(bp)</translation>
    </message>
    <message>
        <source>e.g. 8</source>
        <translation>예: 8</translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation>테이커 수수료율(bp)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>적용 범위</translation>
    </message>
    <message>
        <source>&amp;Maker rate (bps)</source>
        <translation>메이커 수수료율(bp)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Taker rate (bps)</source>
        <translation>테이커 수수료율(bp)(&amp;T)</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>메이커</translation>
    </message>
    <message>
        <source>Taker</source>
        <translation>테이커</translation>
    </message>
    <message>
        <source>Tier&apos;s rates</source>
        <translation>등급 수수료율</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청값</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인율</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>현재 적용 중</translation>
    </message>
    <message>
        <source>Fee schedule for {client} ({uid}): {rates}</source>
        <translation>{client}({uid}) 수수료율: {rates}</translation>
    </message>
    <message>
        <source>Which markets the schedule applies to: spot, futures or both</source>
        <translation>수수료율을 적용할 시장: 현물, 선물 또는 둘 다</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>the 24×7 security line on your desk card</source>
        <translation>데스크 카드에 적힌 24시간 보안 핫라인</translation>
    </message>
    <message>
        <source>Freeze account — {name}</source>
        <translation>계정 동결 — {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation>{what}({key})</translation>
    </message>
    <message>
        <source>Freeze {scope}</source>
        <translation>{scope} 동결</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>What happened (required for &apos;other&apos;, at least {n} characters)</source>
        <translation>발생 경위(&apos;기타&apos; 사유일 때 필수, 최소 {n}자)</translation>
    </message>
    <message>
        <source>Alerts this freeze answers</source>
        <translation>이 동결로 처리할 알림</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>처리 예상</translation>
    </message>
    <message>
        <source>6-digit code (asked for if left empty)</source>
        <translation>6자리 코드(비워 두면 전송할 때 입력)</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>&amp;Freeze now</source>
        <translation>지금 동결(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>인증 코드(&amp;C)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>동결 범위</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>{n} of at least {min} characters</source>
        <translation>{n}자 / 최소 {min}자</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Freeze {name} ({uid}): {scopes}</source>
        <translation>{name}({uid}) 동결: {scopes}</translation>
    </message>
    <message>
        <source>Sending the freeze to the platform… The account is not frozen until the platform confirms.</source>
        <translation>플랫폼으로 동결 요청을 전송하는 중… 플랫폼이 확인하기 전까지는 계정이 동결되지 않습니다.</translation>
    </message>
    <message>
        <source>FROZEN — the platform confirmed the freeze of {name} ({uid}) at {time}: {scopes}. Freeze {id}.</source>
        <translation>동결됨 — 플랫폼이 {time}에 {name}({uid})의 동결을 확인했습니다: {scopes}. 동결 ID: {id}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>다시 시도(&amp;A)</translation>
    </message>
    <message>
        <source>The account of {name} ({uid}) is NOT frozen. {reason} If the client is at risk now, call {line} and ask for the freeze by phone.</source>
        <translation>{name}({uid})의 계정은 동결되지 않았습니다. {reason} 지금 고객이 위험한 상황이라면 {line}에 전화해 동결을 요청하세요.</translation>
    </message>
</context>
<context>
    <name>FreezesView</name>
    <message>
        <source>Active freezes</source>
        <translation>적용 중인 동결</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>동결 범위</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>For</source>
        <translation>동결 기간</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>동결 처리자</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>해제 요청</translation>
    </message>
    <message>
        <source>&amp;Request unfreeze…</source>
        <translation>동결 해제 요청(&amp;R)…</translation>
    </message>
    <message>
        <source>Ask a second officer to lift this freeze (Ctrl+Shift+U)</source>
        <translation>다른 보안 담당자에게 이 동결의 해제를 요청합니다(Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>A&amp;pprove lifting</source>
        <translation>해제 승인(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>반려(&amp;J)</translation>
    </message>
    <message>
        <source>{who} asked: {reason}</source>
        <translation>{who} 님의 요청: {reason}</translation>
    </message>
    <message>
        <source>Choose a freeze to see it and lift it.</source>
        <translation>동결을 선택하면 내용을 확인하고 해제할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} ({uid}) frozen since {since} by {by}: {scopes} — {reason}</source>
        <translation>{name}({uid}) — {since}부터 동결, 처리자 {by}: {scopes} — {reason}</translation>
    </message>
    <message>
        <source>Only security officers lift freezes.</source>
        <translation>동결 해제는 보안 담당자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>You asked to lift this freeze, so another security officer must approve it (dual control). You can still withdraw it with Reject.</source>
        <translation>본인이 이 동결의 해제를 요청했으므로 다른 보안 담당자가 승인해야 합니다(이중 통제). &apos;반려&apos;를 눌러 요청을 철회할 수는 있습니다.</translation>
    </message>
    <message>
        <source>{who} asked to lift this freeze; approving needs a fresh code.</source>
        <translation>{who} 님이 이 동결의 해제를 요청했습니다. 승인하려면 새 인증 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation>사유를 10~2000자로 입력하세요.</translation>
    </message>
    <message>
        <source>Request unfreeze</source>
        <translation>동결 해제 요청</translation>
    </message>
    <message>
        <source>Why may {name} ({uid}) be unfrozen? A second security officer reads this before approving.</source>
        <translation>{name}({uid})의 동결을 해제해도 되는 이유는 무엇인가요? 다른 보안 담당자가 승인하기 전에 읽습니다.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Ask to lift the freeze of {name} ({uid})</source>
        <translation>{name}({uid})의 동결 해제 요청</translation>
    </message>
    <message>
        <source>Asking to lift the freeze…</source>
        <translation>동결 해제를 요청하는 중…</translation>
    </message>
    <message>
        <source>Lift the freeze of {name} ({uid})</source>
        <translation>{name}({uid})의 동결 해제</translation>
    </message>
    <message>
        <source>Keep the freeze of {name} ({uid})</source>
        <translation>{name}({uid})의 동결 유지</translation>
    </message>
    <message>
        <source>Sending your decision…</source>
        <translation>결정을 전송하는 중…</translation>
    </message>
    <message>
        <source>Asked at {time}: another security officer must approve.</source>
        <translation>{time}에 요청했습니다. 다른 보안 담당자의 승인이 필요합니다.</translation>
    </message>
    <message>
        <source>Lifted at {time}: the client is no longer frozen.</source>
        <translation>{time}에 해제했습니다. 고객은 더 이상 동결 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Rejected at {time}: the freeze stays.</source>
        <translation>{time}에 반려했습니다. 동결이 유지됩니다.</translation>
    </message>
    <message>
        <source>Done at {time}.</source>
        <translation>{time}에 완료했습니다.</translation>
    </message>
    <message>
        <source>Nothing changed: {reason}</source>
        <translation>변경된 내용이 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help articles</source>
        <translation>도움말 문서</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>도움말 문서 검색…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>도움말 문서 검색</translation>
    </message>
    <message>
        <source>Language of the articles</source>
        <translation>문서 언어</translation>
    </message>
    <message>
        <source>The ticket&apos;s language first, or only the articles in one language</source>
        <translation>티켓 언어 문서를 먼저 표시하거나 한 언어의 문서만 표시합니다</translation>
    </message>
    <message>
        <source>Ticket&apos;s language first</source>
        <translation>티켓 언어 우선</translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation>검색된 문서</translation>
    </message>
    <message>
        <source>Articles that match the search; Enter inserts the chosen one into the reply</source>
        <translation>검색어와 일치하는 문서. Enter 키로 선택한 문서를 답변에 삽입합니다</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>The chosen article</source>
        <translation>선택한 문서</translation>
    </message>
    <message>
        <source>Insert into reply</source>
        <translation>답변에 삽입</translation>
    </message>
    <message>
        <source>Insert the title, a two-line summary and the link (Enter in the list)</source>
        <translation>제목, 두 줄 요약, 링크를 삽입합니다(목록에서 Enter)</translation>
    </message>
    <message>
        <source> · used {n}×</source>
        <translation> · {n}회 사용</translation>
    </message>
    <message>
        <source>Articles found: {n}</source>
        <translation>검색된 문서: {n}건</translation>
    </message>
    <message>
        <source>No article matches. Try fewer or other words.</source>
        <translation>일치하는 문서가 없습니다. 검색어를 줄이거나 다른 단어로 검색해 보세요.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image viewer</source>
        <translation>이미지 뷰어</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h}픽셀</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Emergency</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>VIP priority</source>
        <translation>VIP 우선</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>에스컬레이션</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}일 {h}시간</translation>
    </message>
    <message>
        <source>{h} h {m:02d} m</source>
        <translation>{h}시간 {m:02d}분</translation>
    </message>
    <message>
        <source>{m} m {s:02d} s</source>
        <translation>{m}분 {s:02d}초</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <source>−{t}</source>
        <translation>−{t}</translation>
    </message>
    <message>
        <source>no SLA clock running</source>
        <translation>진행 중인 SLA 없음</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>첫 응답</translation>
    </message>
    <message>
        <source>next response</source>
        <translation>후속 응답</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>{name} — FROZEN</source>
        <translation>{name} — 동결됨</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>{clock}: {state}</source>
        <translation>{clock}: {state}</translation>
    </message>
    <message>
        <source>All tickets</source>
        <extracomment>More changed tickets than this since the index was read: wait for the full recompute. Entities whose changes a patch covers (lanes read only ticket rows; a message changes its ticket&apos;s row too). Anything else (a client&apos;s tier, the outbox…) waits for the full index.</extracomment>
        <translation>전체 티켓</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>내 티켓</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>Choose a ticket to read it here.</source>
        <translation>티켓을 선택하면 여기에 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>No tickets in this lane.</source>
        <translation>이 대기열에는 티켓이 없습니다.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>기한 내</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>위반 임박</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>위반</translation>
    </message>
    <message>
        <source>not counting</source>
        <translation>측정 안 함</translation>
    </message>
    <message>
        <source>Whose tickets</source>
        <translation>담당 범위</translation>
    </message>
    <message>
        <source>Shows all tickets, yours or the unassigned ones</source>
        <translation>전체 티켓, 내 티켓 또는 미배정 티켓을 표시합니다</translation>
    </message>
    <message>
        <source>Shows only tickets written in this language</source>
        <translation>이 언어로 작성된 티켓만 표시합니다</translation>
    </message>
    <message>
        <source>Shows only tickets that came by this channel</source>
        <translation>이 채널로 접수된 티켓만 표시합니다</translation>
    </message>
    <message>
        <source>Tickets of this lane · {key}</source>
        <translation>이 대기열의 티켓 · {key}</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Each lane with its count of tickets and of late ones; Alt+1 to Alt+5</source>
        <translation>대기열별 티켓 수와 지연 건수. Alt+1~Alt+5</translation>
    </message>
    <message>
        <source>Tickets of the lane</source>
        <translation>대기열의 티켓</translation>
    </message>
    <message>
        <source>SLA time left first; Enter opens the ticket</source>
        <translation>SLA 남은 시간이 첫 열입니다. Enter 키로 티켓을 엽니다</translation>
    </message>
</context>
<context>
    <name>LanesSection</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n건 지연</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>티켓 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a breached SLA</source>
        <translation>
            <numerusform>SLA 위반 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>{time} ({day}, {zone})</source>
        <translation>{time} ({day}, {zone})</translation>
    </message>
    <message>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
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
        <translation>VIP 데스크 — {name}</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (데모)</translation>
    </message>
    <message>
        <source>{title} ({shortcut})</source>
        <translation>{title}({shortcut})</translation>
    </message>
    <message>
        <source>Client profiles are not available here.</source>
        <translation>여기에서는 고객 프로필을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Requests are not available here.</source>
        <translation>여기에서는 요청 기능을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Tickets are not available here.</source>
        <translation>여기에서는 티켓을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search clients and tickets…</source>
        <translation>고객 및 티켓 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>동기화 문제(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>데모(&amp;D)</translation>
    </message>
    <message>
        <source>Switch to {name}</source>
        <translation>{name}(으)로 전환</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VIP Desk</source>
        <translation>VIP 데스크 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>화면 목록</translation>
    </message>
    <message>
        <source>The screens of VIP Desk; Ctrl+1 and on go straight to one</source>
        <translation>VIP 데스크의 화면 목록. Ctrl+1부터 차례로 각 화면으로 바로 이동합니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>NotesConflict</name>
    <message>
        <source>Someone else changed this client</source>
        <translation>다른 사람이 이 고객 정보를 변경했습니다</translation>
    </message>
    <message>
        <source>Notes or tags of {uid} were changed by someone else while your edit was on its way. Choose which version to keep.</source>
        <translation>내 수정 내용이 전송되는 동안 다른 사람이 {uid}의 메모나 태그를 변경했습니다. 유지할 버전을 선택하세요.</translation>
    </message>
    <message>
        <source>Tags: {t}</source>
        <translation>태그: {t}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 버전 유지</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>서버 버전 적용</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your version&lt;/b&gt;</source>
        <translation>&lt;b&gt;내 버전&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the server now&lt;/b&gt;</source>
        <translation>&lt;b&gt;현재 서버 버전&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <extracomment>At most this many tickets are named one by one in one round; the rest are counted.</extracomment>
        <translation>열기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>VIP Desk</source>
        <translation>VIP 데스크</translation>
    </message>
    <message>
        <source>Emergency lane</source>
        <translation>긴급 대기열</translation>
    </message>
    <message>
        <source>Emergency: {client}</source>
        <translation>긴급: {client}</translation>
    </message>
    <message>
        <source>About to breach: {client}</source>
        <translation>SLA 위반 임박: {client}</translation>
    </message>
    <message>
        <source>More tickets need you</source>
        <translation>확인이 필요한 티켓이 더 있습니다</translation>
    </message>
    <message>
        <source>Opens what the notice is about</source>
        <translation>알림 대상을 엽니다</translation>
    </message>
    <message>
        <source>Hides this notice</source>
        <translation>이 알림을 숨깁니다</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n tickets of your book are in Emergency.</source>
        <translation>
            <numerusform>내 담당 고객의 티켓 %n건이 긴급 대기열에 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more tickets entered Emergency or are about to breach.</source>
        <translation>
            <numerusform>티켓 %n건이 추가로 긴급 대기열에 들어왔거나 SLA 위반이 임박했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only account managers and supervisors can make requests for clients.</source>
        <translation>고객에 대한 요청은 담당 매니저와 슈퍼바이저만 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only this client&apos;s account manager or a supervisor can make requests for this client.</source>
        <translation>이 고객에 대한 요청은 이 고객의 담당 매니저나 슈퍼바이저만 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>This client&apos;s account is frozen, so no request can be made until it is lifted.</source>
        <translation>이 고객의 계정이 동결되어 있어 동결이 해제될 때까지 요청을 작성할 수 없습니다.</translation>
    </message>
    <message>
        <source>This request is no longer waiting for a decision.</source>
        <translation>이 요청은 더 이상 결정 대기 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>You made this request, so someone else must approve it (maker-checker).</source>
        <translation>본인이 작성한 요청이므로 다른 사람이 승인해야 합니다(작성자·승인자 분리).</translation>
    </message>
    <message>
        <source>You have already given your decision on this request.</source>
        <translation>이 요청에 대해 이미 결정을 내렸습니다.</translation>
    </message>
    <message>
        <source>Only a {role} can approve this request.</source>
        <translation>이 요청은 {role}만 승인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the person who made this request can cancel it.</source>
        <translation>이 요청은 작성자 본인만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only security officers can freeze or unfreeze accounts.</source>
        <translation>계정 동결 및 동결 해제는 보안 담당자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>This freeze has already been lifted.</source>
        <translation>이 동결은 이미 해제되었습니다.</translation>
    </message>
    <message>
        <source>You asked for this freeze to be lifted, so a different security officer must approve it (dual control).</source>
        <translation>본인이 이 동결의 해제를 요청했으므로 다른 보안 담당자가 승인해야 합니다(이중 통제).</translation>
    </message>
    <message>
        <source>Only supervisors and security officers can read the audit log.</source>
        <translation>감사 로그는 슈퍼바이저와 보안 담당자만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a supervisor can change a client&apos;s account manager.</source>
        <translation>고객의 담당 매니저는 슈퍼바이저만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>account manager</source>
        <translation>담당 매니저</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>슈퍼바이저</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>보안 담당자</translation>
    </message>
</context>
<context>
    <name>PoliciesView</name>
    <message>
        <source>Rules in the order they are applied</source>
        <translation>적용 순서대로 나열한 규칙</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>가정해 보기…</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>요청 유형</translation>
    </message>
    <message>
        <source>Client&apos;s tier</source>
        <translation>고객 등급</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Maker rate in bps</source>
        <translation>메이커 수수료율(bp)</translation>
    </message>
    <message>
        <source>Taker rate in bps</source>
        <translation>테이커 수수료율(bp)</translation>
    </message>
    <message>
        <source>Maker rate (bps)</source>
        <translation>메이커 수수료율(bp)</translation>
    </message>
    <message>
        <source>Taker rate (bps)</source>
        <translation>테이커 수수료율(bp)</translation>
    </message>
    <message>
        <source>limit increase</source>
        <translation>한도 상향</translation>
    </message>
    <message>
        <source>expedite</source>
        <translation>우선 처리</translation>
    </message>
    <message>
        <source>Value in USD</source>
        <translation>USD 환산 금액</translation>
    </message>
    <message>
        <source>Kind of withdrawal request</source>
        <translation>출금 요청 유형</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>환산 금액(USD)</translation>
    </message>
    <message>
        <source>empties a whitelist that is not empty</source>
        <translation>기존 화이트리스트를 모두 비움</translation>
    </message>
    <message>
        <source>Rate-limit tier</source>
        <translation>호출 한도 등급</translation>
    </message>
    <message>
        <source>in the order the server gave</source>
        <translation>서버가 제공한 순서</translation>
    </message>
    <message>
        <source>in the order this desk last had them</source>
        <translation>이 PC가 마지막으로 받은 순서</translation>
    </message>
    <message>
        <source>The rules the server applies, {order}: the first rule that matches a request decides it; a request no rule matches is blocked.</source>
        <translation>서버가 적용하는 규칙입니다({order}). 요청에 처음으로 일치하는 규칙이 처리 방식을 결정하며, 어떤 규칙에도 일치하지 않는 요청은 차단됩니다.</translation>
    </message>
    <message>
        <source>These rules cannot be read here: {problem}</source>
        <translation>이 PC에서는 규칙을 해석할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>No problem found: every rule can decide some request, every approval can be given, every kind of request has a rule that allows it.</source>
        <translation>문제가 없습니다. 모든 규칙이 실제로 요청을 결정할 수 있고, 모든 승인을 받을 수 있으며, 요청 유형마다 허용하는 규칙이 있습니다.</translation>
    </message>
    <message>
        <source>Write the amounts as plain numbers, e.g. 4.5.</source>
        <translation>금액은 4.5와 같이 숫자로만 입력하세요.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>The approval rules in the order they are applied</source>
        <translation>적용 순서대로 나열한 승인 규칙</translation>
    </message>
    <message>
        <source>The kind of request to try against the rules</source>
        <translation>규칙에 대입해 볼 요청 유형</translation>
    </message>
    <message>
        <source>The tier of the imagined client</source>
        <translation>가정한 고객의 등급</translation>
    </message>
    <message>
        <source>The rate asked, in basis points</source>
        <translation>요청할 수수료율(bp)</translation>
    </message>
    <message>
        <source>The value asked, in US dollars</source>
        <translation>요청할 금액(USD)</translation>
    </message>
    <message>
        <source>A higher limit, or a pending withdrawal sped up</source>
        <translation>한도 상향 또는 대기 중인 출금의 우선 처리</translation>
    </message>
    <message>
        <source>The rate-limit tier asked</source>
        <translation>요청할 호출 한도 등급</translation>
    </message>
    <message>
        <source>Whether the request removes every address of the whitelist</source>
        <translation>요청이 화이트리스트의 모든 주소를 삭제하는지 여부</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Why the client needs this (10 to 2000 characters; the approver reads it)</source>
        <translation>고객에게 필요한 이유(10~2000자, 승인자가 읽습니다)</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>처리 예상</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>요청 보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{name} ({uid}) · {tier}</source>
        <translation>{name}({uid}) · {tier}</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Not ready — {field}: {message}</source>
        <translation>입력 미완료 — {field}: {message}</translation>
    </message>
    <message>
        <source>The rules block this request, so the server would refuse it.</source>
        <translation>규칙에 따라 차단되는 요청이므로 서버에서 거부됩니다.</translation>
    </message>
    <message>
        <source>This desk cannot read the rules the server serves ({problem}); the server decides when the request reaches it.</source>
        <translation>이 PC에서는 서버가 제공하는 규칙을 해석할 수 없습니다({problem}). 요청이 서버에 도착하면 서버가 결정합니다.</translation>
    </message>
    <message>
        <source>Fill in the values to see which rule decides.</source>
        <translation>값을 입력하면 어떤 규칙이 적용되는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>(The rules&apos; order is as this desk last had it; the server&apos;s answer decides.)</source>
        <translation>(규칙 순서는 이 PC가 마지막으로 받은 기준이며, 최종 결정은 서버의 응답을 따릅니다.)</translation>
    </message>
    <message>
        <source>Why the client needs this, for the approver; 10 to 2000 characters</source>
        <translation>승인자에게 전달할, 고객에게 필요한 이유(10~2000자)</translation>
    </message>
    <message>
        <source>Queues the request; it goes for approval when the server has it</source>
        <translation>요청을 전송 대기열에 넣습니다. 서버에 도착하면 승인 절차가 시작됩니다</translation>
    </message>
    <message>
        <source>Closes the form; nothing is sent</source>
        <translation>양식을 닫습니다. 아무것도 전송되지 않습니다</translation>
    </message>
</context>
<context>
    <name>RequestNotices</name>
    <message numerus="yes">
        <source>%n more requests changed.</source>
        <translation>
            <numerusform>요청 %n건이 추가로 변경되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Open the client&apos;s profile</source>
        <extracomment>``(verdict, detail, rule) -&gt; comment`` or None when the person closed the dialog; tests replace it to answer without a modal loop.</extracomment>
        <translation>고객 프로필 열기</translation>
    </message>
    <message>
        <source>What is asked, against what is in force</source>
        <translation>요청 내용과 현재 적용 중인 내용 비교</translation>
    </message>
    <message>
        <source>The rule that decided it</source>
        <translation>결정한 규칙</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>승인 현황</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>What</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Client&apos;s time</source>
        <translation>고객 현지 시각</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>내 시각</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>승인(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>반려(&amp;J)…</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest</source>
        <translation>요청 취소(&amp;Q)</translation>
    </message>
    <message>
        <source>Approve this request</source>
        <translation>이 요청 승인</translation>
    </message>
    <message>
        <source>Reject this request</source>
        <translation>이 요청 반려</translation>
    </message>
    <message>
        <source>Cancel this request</source>
        <translation>이 요청 취소</translation>
    </message>
    <message>
        <source>Approve {kind} {id} for {client}</source>
        <translation>{client}의 {kind} 요청 {id} 승인</translation>
    </message>
    <message>
        <source>Reject {kind} {id} for {client}</source>
        <translation>{client}의 {kind} 요청 {id} 반려</translation>
    </message>
    <message>
        <source>Cancel {kind} {id} for {client}</source>
        <translation>{client}의 {kind} 요청 {id} 취소</translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation>{kind} 요청 {id}</translation>
    </message>
    <message>
        <source>{client} ({uid}) · {tier}</source>
        <translation>{client}({uid}) · {tier}</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>요청 내용</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>현재 적용 중</translation>
    </message>
    <message>
        <source>The server decides which rule applies when the request reaches it.</source>
        <translation>요청이 서버에 도착하면 어떤 규칙을 적용할지 서버가 결정합니다.</translation>
    </message>
    <message>
        <source>Rule {rule} (not among the rules served now).</source>
        <translation>규칙 {rule}(현재 제공되는 규칙에 없음).</translation>
    </message>
    <message>
        <source>Rule {rule}: {sentence}</source>
        <translation>규칙 {rule}: {sentence}</translation>
    </message>
    <message>
        <source>Why it matched:</source>
        <translation>일치한 이유:</translation>
    </message>
    <message>
        <source>It matches every request of its kind that no earlier rule took.</source>
        <translation>앞선 규칙에 해당하지 않은 같은 유형의 모든 요청에 일치합니다.</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Your {action} was refused by the server: {error}</source>
        <translation>내 {action} 처리가 서버에서 거부되었습니다: {error}</translation>
    </message>
    <message>
        <source>Your {action} is on its way to the server.</source>
        <translation>내 {action} 처리를 서버로 전송하는 중입니다.</translation>
    </message>
    <message>
        <source>This request is still on its way to the server.</source>
        <translation>이 요청은 아직 서버로 전송 중입니다.</translation>
    </message>
    <message>
        <source>Wait until your last action on it has reached the server.</source>
        <translation>이 요청에 대한 마지막 작업이 서버에 도착할 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>No approval needed: the rule applied it at once.</source>
        <translation>승인 불필요: 규칙에 따라 즉시 적용되었습니다.</translation>
    </message>
    <message>
        <source>Still needed: {n}. Who may approve: {names}.</source>
        <translation>남은 승인: {n}건. 승인 가능자: {names}.</translation>
    </message>
    <message>
        <source>Deadline {when}: {left}</source>
        <translation>기한 {when}: {left}</translation>
    </message>
    <message>
        <source>The client this request is for</source>
        <translation>이 요청의 대상 고객</translation>
    </message>
    <message>
        <source>What happened to the request, who did it and when, in both time zones</source>
        <translation>요청의 처리 내역: 처리 내용, 처리자, 일시(두 시간대로 표시)</translation>
    </message>
    <message>
        <source>Asks for a comment, then records it ({key})</source>
        <translation>의견을 입력받은 뒤 기록합니다({key})</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>The chosen request: what is asked, the rule, the approvals and its timeline</source>
        <translation>선택한 요청의 요청 내용, 규칙, 승인 현황, 타임라인</translation>
    </message>
    <message numerus="yes">
        <source>{given} of %n approvals by a {role} given.</source>
        <translation>
            <numerusform>{role} 승인 %n건 중 {given}건 완료.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>no end (stays until changed)</source>
        <translation>종료 없음(변경 전까지 유지)</translation>
    </message>
    <message>
        <source>{rates}, custom until {until}</source>
        <translation>{rates}, {until}까지 맞춤 적용</translation>
    </message>
    <message>
        <source>{rates}, custom</source>
        <translation>{rates}, 맞춤</translation>
    </message>
    <message>
        <source>{rates}, the tier&apos;s</source>
        <translation>{rates}, 등급 기본값</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>수수료율</translation>
    </message>
    <message>
        <source>Tier&apos;s rates ({tier})</source>
        <translation>등급 수수료율({tier})</translation>
    </message>
    <message>
        <source>Discount off the tier</source>
        <translation>등급 대비 할인율</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>적용 범위</translation>
    </message>
    <message>
        <source>Expedite withdrawal</source>
        <translation>출금 우선 처리</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>환산 금액</translation>
    </message>
    <message>
        <source>24 h withdrawal limit</source>
        <translation>24시간 출금 한도</translation>
    </message>
    <message>
        <source>API rate-limit tier</source>
        <translation>API 호출 한도 등급</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>IP 화이트리스트</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>adds {networks}</source>
        <translation>{networks} 추가</translation>
    </message>
    <message>
        <source>removes {networks}</source>
        <translation>{networks} 삭제</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Custom &amp;fee schedule…</source>
        <translation>맞춤 수수료율(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Withdrawal limit or expedite…</source>
        <translation>출금 한도 상향 또는 우선 처리(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;API access…</source>
        <translation>API 접근 권한(&amp;A)…</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>요청…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>요청 내용</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 일시</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Awaiting your approval: {client}</source>
        <extracomment>How long before its deadline a waiting request is &quot;close to its deadline&quot; (seconds).</extracomment>
        <translation>내 승인 대기: {client}</translation>
    </message>
    <message>
        <source>Close to its deadline: {client}</source>
        <translation>기한 임박: {client}</translation>
    </message>
    <message>
        <source>Your request was applied: {client}</source>
        <translation>내 요청 적용됨: {client}</translation>
    </message>
    <message>
        <source>Your request was rejected: {client}</source>
        <translation>내 요청 반려됨: {client}</translation>
    </message>
    <message>
        <source>Your request expired: {client}</source>
        <translation>내 요청 만료됨: {client}</translation>
    </message>
    <message>
        <source>{kind} request {id}</source>
        <translation>{kind} 요청 {id}</translation>
    </message>
    <message>
        <source>More requests need you</source>
        <translation>확인이 필요한 요청이 더 있습니다</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>출금</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API 접근</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>적용됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>전송 중…</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>elevated</source>
        <translation>상향</translation>
    </message>
    <message>
        <source>institutional</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>market maker</source>
        <translation>마켓 메이커</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>현물</translation>
    </message>
    <message>
        <source>futures</source>
        <translation>선물</translation>
    </message>
    <message>
        <source>spot and futures</source>
        <translation>현물 및 선물</translation>
    </message>
    <message>
        <source>{amount} USD</source>
        <translation>{amount} USD</translation>
    </message>
    <message>
        <source>maker {maker} / taker {taker} bps</source>
        <translation>메이커 {maker}bp / 테이커 {taker}bp</translation>
    </message>
    <message>
        <source>any IP (no whitelist)</source>
        <translation>모든 IP(화이트리스트 없음)</translation>
    </message>
    <message>
        <source>Expedite {amount} ({id})</source>
        <translation>{amount} 우선 처리({id})</translation>
    </message>
    <message>
        <source>24 h limit {amount}</source>
        <translation>24시간 한도 {amount}</translation>
    </message>
    <message>
        <source>past its deadline</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>{t} left</source>
        <translation>{t} 남음</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <source>applied at once</source>
        <translation>즉시 적용</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>a limit increase</source>
        <translation>한도 상향</translation>
    </message>
    <message>
        <source>an expedite</source>
        <translation>우선 처리</translation>
    </message>
    <message>
        <source>the client&apos;s tier is {v}</source>
        <translation>고객 등급: {v}</translation>
    </message>
    <message>
        <source>it is {v}</source>
        <translation>유형: {v}</translation>
    </message>
    <message>
        <source>the discount is at most {v} %</source>
        <translation>할인율 {v}% 이하</translation>
    </message>
    <message>
        <source>the maker rate is below {v} bps</source>
        <translation>메이커 수수료율 {v}bp 미만</translation>
    </message>
    <message>
        <source>it is worth at most {v} USD</source>
        <translation>환산 금액 {v} USD 이하</translation>
    </message>
    <message>
        <source>the requested rate limit is {v}</source>
        <translation>요청한 호출 한도: {v}</translation>
    </message>
    <message>
        <source>it empties a whitelist that is not empty</source>
        <translation>기존 화이트리스트를 모두 비움</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>it does not empty the whitelist</source>
        <translation>화이트리스트를 비우지 않음</translation>
    </message>
    <message>
        <source>fee request</source>
        <translation>수수료 요청</translation>
    </message>
    <message>
        <source>withdrawal request</source>
        <translation>출금 요청</translation>
    </message>
    <message>
        <source>API-access request</source>
        <translation>API 접근 요청</translation>
    </message>
    <message>
        <source>Fee requests</source>
        <translation>수수료 요청</translation>
    </message>
    <message>
        <source>Withdrawal requests</source>
        <translation>출금 요청</translation>
    </message>
    <message>
        <source>API-access requests</source>
        <translation>API 접근 요청</translation>
    </message>
    <message>
        <source>Any other {what}: {action}.</source>
        <translation>그 밖의 모든 {what}: {action}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{what} where {conditions}: {action}.</source>
        <translation>{what}({conditions}): {action}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>{condition} (this request: {actual}) — {held}</source>
        <translation>{condition}(이 요청: {actual}) — {held}</translation>
    </message>
    <message>
        <source>Blocked: no rule allows this request, so the server will refuse it.</source>
        <translation>차단: 이 요청을 허용하는 규칙이 없어 서버에서 거부됩니다.</translation>
    </message>
    <message>
        <source>Applied at once when the server has it (rule {rule}).</source>
        <translation>서버가 받는 즉시 적용됩니다(규칙 {rule}).</translation>
    </message>
    <message>
        <source>Blocked by rule {rule}: the server will refuse it.</source>
        <translation>규칙 {rule}에 따라 차단: 서버에서 거부됩니다.</translation>
    </message>
    <message>
        <source>Rule {rule} can never be the first match: {earlier} always match its requests first.</source>
        <translation>규칙 {rule}: 처음 일치하는 규칙이 될 수 없습니다. 해당 요청에는 항상 {earlier} 규칙이 먼저 일치합니다.</translation>
    </message>
    <message>
        <source>Rule {rule} matches no request: its conditions can never hold together.</source>
        <translation>규칙 {rule}: 어떤 요청에도 일치하지 않습니다. 조건들이 동시에 성립할 수 없습니다.</translation>
    </message>
    <message>
        <source>No rule allows any {what}: every one is blocked.</source>
        <translation>{what}: 허용하는 규칙이 없어 모두 차단됩니다.</translation>
    </message>
    <message>
        <source>Write it in full digits without an exponent (1000, not 1e3).</source>
        <translation>지수 표기 없이 숫자를 모두 적어 주세요(1e3이 아니라 1000).</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Use a point for decimals (1.5, not 1,5); commas only group thousands, as in 1,000.</source>
        <translation>소수점은 마침표로 입력하세요(1,5가 아니라 1.5). 쉼표는 1,000처럼 천 단위 구분에만 씁니다.</translation>
    </message>
    <message>
        <source>Type the digits as plain 0–9: {char} is not accepted.</source>
        <translation>숫자는 반각 0–9로 입력하세요. {char} 문자는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>It contains an invisible character ({char}); type it again.</source>
        <translation>보이지 않는 문자({char})가 포함되어 있습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Write a plain number such as 12.5 (digits and one decimal point).</source>
        <translation>12.5처럼 숫자와 소수점 하나로만 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>값을 입력하세요.</translation>
    </message>
    <message>
        <source>A rate is between 0 and 100 bps (0 % to 1 %).</source>
        <translation>수수료율은 0~100bp(0~1%) 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The maker rate cannot be higher than the taker rate.</source>
        <translation>메이커 수수료율은 테이커 수수료율보다 높을 수 없습니다.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>수량은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Say until when the change is valid.</source>
        <translation>변경 사항의 유효 기한을 지정하세요.</translation>
    </message>
    <message>
        <source>The end of validity must be in the future.</source>
        <translation>유효 기한은 현재 이후여야 합니다.</translation>
    </message>
    <message>
        <source>The end of validity can be at most 365 days ahead.</source>
        <translation>유효 기한은 최대 365일 후까지 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Write a reason of 10 to 2000 characters.</source>
        <translation>사유를 10~2000자로 입력하세요.</translation>
    </message>
    <message>
        <source>A limit increase is stated in USD.</source>
        <translation>한도 상향은 USD로 입력합니다.</translation>
    </message>
    <message>
        <source>Say which withdrawal to expedite.</source>
        <translation>우선 처리할 출금 건을 지정하세요.</translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read, so only a limit increase in USD can be asked for now.</source>
        <translation>자산의 소수 자릿수와 시세를 읽어 올 수 없어 지금은 USD 기준 한도 상향만 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>This changes nothing: the client has these API settings already.</source>
        <translation>변경 사항이 없습니다. 고객에게 이미 이 API 설정이 적용되어 있습니다.</translation>
    </message>
    <message>
        <source>The new limit must be above the client&apos;s current limit of {limit} USD.</source>
        <translation>새 한도는 고객의 현재 한도인 {limit} USD보다 높아야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>{tier} · %n networks</source>
        <translation>
            <numerusform>{tier} · IP 대역 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} with a fresh TOTP code within {hours} h</source>
        <translation>
            <numerusform>{hours}시간 내 {role} %n명 승인 필요(새 OTP 코드 입력)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} within {hours} h</source>
        <translation>
            <numerusform>{hours}시간 내 {role} %n명 승인 필요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</source>
        <translation>
            <numerusform>{hours}시간 내에 {role} %n명이 새 OTP 코드로 승인해야 합니다(규칙 {rule}). 요청을 보낼 때 내 OTP 코드를 입력하게 됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} within {hours} h (rule {rule}).</source>
        <translation>
            <numerusform>{hours}시간 내에 {role} %n명의 승인이 필요합니다(규칙 {rule}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</source>
        <translation>
            <numerusform>규칙 {rule}: {role} %n명의 승인이 필요하지만 해당 역할을 가진 직원은 {holders}뿐입니다(요청자는 자신의 요청을 승인할 수 없음). 따라서 이 규칙에 해당하는 요청은 승인될 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</source>
        <translation>
            <numerusform>규칙 {rule}: {role} %n명의 승인이 필요하지만 해당 역할을 가진 직원은 {holders}뿐입니다. 자신의 요청은 승인할 수 없으므로 {requesters}의 요청은 승인될 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal places here.</source>
        <translation>
            <numerusform>소수점 이하 최대 %n자리까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message>
        <source>&amp;New request</source>
        <extracomment>Entities whose changes can change what the section shows. The &quot;created&quot; filter of the All tab: (days back, or None for any time).</extracomment>
        <translation>새 요청(&amp;N)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>새 요청</translation>
    </message>
    <message>
        <source>Client uid or name</source>
        <translation>고객 UID 또는 이름</translation>
    </message>
    <message>
        <source>Filter by client</source>
        <translation>고객으로 필터링</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>유형으로 필터링</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>상태로 필터링</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Filter by requester</source>
        <translation>요청자로 필터링</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>모든 요청자</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>날짜로 필터링</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>내 요청</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>내 승인 대기</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>You have made no request.</source>
        <translation>작성한 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing awaits your approval.</source>
        <translation>승인을 기다리는 요청이 없습니다.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>필터 조건에 맞는 요청이 없습니다.</translation>
    </message>
    <message>
        <source>This desk&apos;s preview said rule {preview} ({action}); the server decided by rule {server} ({status}). The server&apos;s answer stands.</source>
        <translation>이 PC의 미리 보기: 규칙 {preview}({action}). 서버의 결정: 규칙 {server}({status}). 서버의 결정이 최종입니다.</translation>
    </message>
    <message>
        <source>The server decided otherwise</source>
        <translation>서버가 다르게 결정했습니다</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for a client you choose</source>
        <translation>선택한 고객에 대한 수수료, 출금 또는 API 접근 요청</translation>
    </message>
    <message>
        <source>Request desks</source>
        <translation>요청 탭</translation>
    </message>
    <message>
        <source>Requests you made</source>
        <translation>내가 작성한 요청</translation>
    </message>
    <message>
        <source>Requests waiting for your approval</source>
        <translation>내 승인을 기다리는 요청</translation>
    </message>
    <message>
        <source>Every request you may see</source>
        <translation>볼 수 있는 모든 요청</translation>
    </message>
    <message>
        <source>Your requests, those waiting for your approval, and all of them; Alt+1 to Alt+3</source>
        <translation>내 요청, 내 승인 대기 요청, 전체 요청. Alt+1~Alt+3</translation>
    </message>
    <message>
        <source>Shows only requests for clients whose uid or name contains this</source>
        <translation>UID나 이름에 입력한 내용이 포함된 고객의 요청만 표시합니다</translation>
    </message>
    <message>
        <source>Shows only requests of this kind</source>
        <translation>이 유형의 요청만 표시합니다</translation>
    </message>
    <message>
        <source>Shows only requests in this status</source>
        <translation>이 상태의 요청만 표시합니다</translation>
    </message>
    <message>
        <source>Shows only requests made by this person</source>
        <translation>이 사람이 작성한 요청만 표시합니다</translation>
    </message>
    <message>
        <source>Shows only requests made in this period</source>
        <translation>이 기간에 작성된 요청만 표시합니다</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>최근 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests that match the filters; the chosen one&apos;s page is beside</source>
        <translation>필터 조건에 맞는 요청 목록. 선택한 요청의 상세 정보가 옆에 표시됩니다</translation>
    </message>
    <message>
        <source>Requests and policies</source>
        <translation>요청 및 정책</translation>
    </message>
    <message>
        <source>The requests, or the approval policies in force</source>
        <translation>요청 목록 또는 현재 적용 중인 승인 정책</translation>
    </message>
    <message>
        <source>Requests or policies</source>
        <translation>요청 또는 정책</translation>
    </message>
    <message>
        <source>The requests and a chosen one&apos;s page</source>
        <translation>요청 목록과 선택한 요청의 상세 정보</translation>
    </message>
    <message>
        <source>The approval policies in force ({key})</source>
        <translation>현재 적용 중인 승인 정책({key})</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search clients and tickets: name, uid, e-mail, subject…</source>
        <translation>고객 및 티켓 검색: 이름, UID, 이메일, 제목…</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ 선택 · Enter 열기 · Esc 닫기</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Nothing in your cache matches “{q}”.</source>
        <translation>로컬 캐시에서 “{q}”에 대한 검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>검색 실패: {error}</translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation>고객 및 티켓 검색</translation>
    </message>
    <message>
        <source>Results show below as you type; arrows choose, Enter opens</source>
        <translation>입력하는 대로 아래에 결과가 표시됩니다. 화살표 키로 선택하고 Enter 키로 엽니다</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Lanes</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
</context>
<context>
    <name>SecurityNotices</name>
    <message>
        <source>Security desk</source>
        <translation>보안 데스크</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alerts are open.</source>
        <translation>
            <numerusform>미처리 심각 알림이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freezes are waiting for a second officer.</source>
        <translation>
            <numerusform>동결 %n건의 해제가 다른 보안 담당자의 승인을 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical alert: {client}</source>
        <translation>심각 알림: {client}</translation>
    </message>
    <message>
        <source>A freeze waits for a second officer</source>
        <translation>동결 해제 요청이 다른 보안 담당자의 승인을 기다립니다</translation>
    </message>
    <message>
        <source>{who} asks to lift the freeze of {client}: {reason}</source>
        <translation>{who} 님이 {client}의 동결 해제를 요청했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>uid, name or e-mail…</source>
        <extracomment>The queue&apos;s views: (label, statuses, severities).</extracomment>
        <translation>UID, 이름 또는 이메일…</translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation>동결할 고객 찾기</translation>
    </message>
    <message>
        <source>Freeze an &amp;account:</source>
        <translation>계정 동결(&amp;A):</translation>
    </message>
    <message>
        <source>Which alerts</source>
        <translation>표시할 알림</translation>
    </message>
    <message>
        <source>Need action (open and acknowledged)</source>
        <translation>조치 필요(미처리 및 확인됨)</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>미처리만</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>Handled (dismissed, actioned)</source>
        <translation>처리 완료(종결, 조치됨)</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>알림 대기열</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>동결</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>알림 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts ({n})</source>
        <translation>알림({n})</translation>
    </message>
    <message>
        <source>Freezes ({n})</source>
        <translation>동결({n})</translation>
    </message>
    <message>
        <source>no client found</source>
        <translation>고객을 찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>SecurityWords</name>
    <message>
        <source>open</source>
        <translation>미처리</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>종결됨</translation>
    </message>
    <message>
        <source>actioned (frozen)</source>
        <translation>조치됨(동결)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>waiting on client</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>cannot sign in to the exchange</source>
        <extracomment>What each scope stops, as the freeze dialog&apos;s summary says it.</extracomment>
        <translation>거래소에 로그인할 수 없음</translation>
    </message>
    <message>
        <source>cannot place or change orders</source>
        <translation>주문을 넣거나 변경할 수 없음</translation>
    </message>
    <message>
        <source>cannot withdraw any asset</source>
        <translation>어떤 자산도 출금할 수 없음</translation>
    </message>
    <message>
        <source>their API keys stop working</source>
        <translation>API 키가 작동하지 않음</translation>
    </message>
    <message>
        <source>Choose at least one thing to freeze.</source>
        <translation>동결할 항목을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already ({now}); this adds {more}.</source>
        <translation>{name}({uid})은(는) 이미 동결되어 있습니다({now}). 이번 동결로 {more}이(가) 추가됩니다.</translation>
    </message>
    <message>
        <source>{name} ({uid}) is frozen already for all of this: only the record is added.</source>
        <translation>{name}({uid})은(는) 선택한 항목이 모두 이미 동결되어 있어 기록만 추가됩니다.</translation>
    </message>
    <message>
        <source>As soon as the platform confirms, {name}:</source>
        <translation>플랫폼이 확인하는 즉시 {name} 고객에게 다음이 적용됩니다:</translation>
    </message>
    <message>
        <source>Still allowed: {scopes}. Deposits keep arriving.</source>
        <translation>계속 허용: {scopes}. 입금은 계속 처리됩니다.</translation>
    </message>
    <message>
        <source>Deposits keep arriving.</source>
        <translation>입금은 계속 처리됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts will be marked as actioned by this freeze.</source>
        <translation>
            <numerusform>이 동결로 알림 %n건이 조치됨으로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifting it takes two security officers: one asks, another approves.</source>
        <translation>동결을 해제하려면 보안 담당자 두 명이 필요합니다. 한 명이 요청하고 다른 한 명이 승인합니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>라이트</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>다크</translation>
    </message>
    <message>
        <source>password and code</source>
        <translation>비밀번호 및 인증 코드</translation>
    </message>
    <message>
        <source>staying signed in</source>
        <translation>로그인 상태 유지</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>안정 버전</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>베타</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Only if your company uses its own CA</source>
        <translation>회사 자체 CA를 사용하는 경우에만 입력</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 번들</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Connection changes apply the next time you sign in.</source>
        <translation>연결 설정 변경 사항은 다음 로그인 시 적용됩니다.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Notify me of emergencies and near-breaches in my book</source>
        <translation>내 담당 고객의 긴급 티켓 및 SLA 위반 임박 알림 받기</translation>
    </message>
    <message>
        <source>Sign-in and updates</source>
        <translation>로그인 및 업데이트</translation>
    </message>
    <message>
        <source>Sign-in allowed with</source>
        <translation>허용된 로그인 방식</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>업데이트 채널</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>IT 부서에서 설정합니다.</translation>
    </message>
    <message>
        <source>The CA bundle file {path} does not exist.</source>
        <translation>CA 번들 파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA 번들 선택</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>인증서 (*.pem *.crt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>A new language applies at once; open tickets and unsent replies stay as they are.</source>
        <translation>변경한 언어는 바로 적용됩니다. 열려 있는 티켓과 보내지 않은 답변은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The back-office server VIP Desk talks to</source>
        <translation>VIP 데스크가 연결하는 백오피스 서버</translation>
    </message>
    <message>
        <source>A file of your company&apos;s certificate authorities, if any</source>
        <translation>회사 자체 인증 기관(CA) 파일(있는 경우)</translation>
    </message>
    <message>
        <source>The proxy to reach the server through, if any</source>
        <translation>서버에 연결할 때 거칠 프록시(있는 경우)</translation>
    </message>
    <message>
        <source>Light, dark or high contrast, or as the system is</source>
        <translation>라이트, 다크, 고대비 또는 시스템 설정</translation>
    </message>
    <message>
        <source>The language of VIP Desk&apos;s texts</source>
        <translation>VIP 데스크 화면에 표시할 언어</translation>
    </message>
    <message>
        <source>A notice when a ticket of your book is in Emergency or near its SLA</source>
        <translation>내 담당 고객의 티켓이 긴급 대기열에 들어가거나 SLA 기한이 임박하면 알립니다</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>CA 번들 파일 선택</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>모든 화면</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Request forms</source>
        <translation>요청 양식</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Search palette</source>
        <translation>검색 창</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>이미지 뷰어</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>단축키 목록 보기</translation>
    </message>
    <message>
        <source>Search clients and tickets</source>
        <translation>고객 및 티켓 검색</translation>
    </message>
    <message>
        <source>Go to Lanes</source>
        <translation>대기열로 이동</translation>
    </message>
    <message>
        <source>Go to Clients</source>
        <translation>고객으로 이동</translation>
    </message>
    <message>
        <source>Go to Requests</source>
        <translation>요청으로 이동</translation>
    </message>
    <message>
        <source>Go to Security</source>
        <translation>보안으로 이동</translation>
    </message>
    <message>
        <source>Go to Dashboard</source>
        <translation>대시보드로 이동</translation>
    </message>
    <message>
        <source>Go to Audit</source>
        <translation>감사로 이동</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Show lane 1 to 5 (in the order of the tabs)</source>
        <translation>대기열 1~5 보기(탭 순서)</translation>
    </message>
    <message>
        <source>Next lane</source>
        <translation>다음 대기열</translation>
    </message>
    <message>
        <source>Previous lane</source>
        <translation>이전 대기열</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>선택한 티켓 열기</translation>
    </message>
    <message>
        <source>Send the reply or note being written</source>
        <translation>작성 중인 답변 또는 메모 보내기</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>답변에 파일 첨부</translation>
    </message>
    <message>
        <source>Show or hide help-centre articles</source>
        <translation>고객센터 도움말 표시/숨기기</translation>
    </message>
    <message>
        <source>From the article search, go to the results</source>
        <translation>도움말 검색란에서 검색 결과로 이동</translation>
    </message>
    <message>
        <source>Remove the selected file from the reply</source>
        <translation>답변에서 선택한 파일 제거</translation>
    </message>
    <message>
        <source>Search the clients list</source>
        <translation>고객 목록 검색</translation>
    </message>
    <message>
        <source>Show desk 1 to 3 (in the order of the tabs)</source>
        <translation>요청 탭 1~3 보기(탭 순서)</translation>
    </message>
    <message>
        <source>Show the approval policies</source>
        <translation>승인 정책 보기</translation>
    </message>
    <message>
        <source>Refresh the requests</source>
        <translation>요청 새로 고침</translation>
    </message>
    <message>
        <source>Approve the request shown</source>
        <translation>표시된 요청 승인</translation>
    </message>
    <message>
        <source>Reject the request shown</source>
        <translation>표시된 요청 반려</translation>
    </message>
    <message>
        <source>Cancel the request shown</source>
        <translation>표시된 요청 취소</translation>
    </message>
    <message>
        <source>New custom fee schedule request</source>
        <translation>새 맞춤 수수료율 요청</translation>
    </message>
    <message>
        <source>New withdrawal limit or expedite request</source>
        <translation>새 출금 한도 상향 또는 우선 처리 요청</translation>
    </message>
    <message>
        <source>New API access request</source>
        <translation>새 API 접근 권한 요청</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>요청 보내기</translation>
    </message>
    <message>
        <source>Remove the selected network from the whitelist</source>
        <translation>화이트리스트에서 선택한 IP 대역 삭제</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>수치 새로 고침</translation>
    </message>
    <message>
        <source>In a chart, move between bars</source>
        <translation>차트에서 막대 사이 이동</translation>
    </message>
    <message>
        <source>In a chart, first or last bar</source>
        <translation>차트에서 첫 번째 또는 마지막 막대로 이동</translation>
    </message>
    <message>
        <source>In a chart, open the tickets behind the bar</source>
        <translation>차트에서 막대에 해당하는 티켓 열기</translation>
    </message>
    <message>
        <source>Find a client to freeze</source>
        <translation>동결할 고객 찾기</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert</source>
        <translation>선택한 알림 확인</translation>
    </message>
    <message>
        <source>Dismiss the chosen alert, with a note</source>
        <translation>선택한 알림 종결(메모 입력)</translation>
    </message>
    <message>
        <source>Freeze the account of the chosen alert</source>
        <translation>선택한 알림의 고객 계정 동결</translation>
    </message>
    <message>
        <source>Ask to lift the chosen freeze</source>
        <translation>선택한 동결의 해제 요청</translation>
    </message>
    <message>
        <source>Freeze dialog: tick login, trading, withdrawals, API</source>
        <translation>동결 대화 상자: 로그인·거래·출금·API 선택</translation>
    </message>
    <message>
        <source>Read the new entries</source>
        <translation>새 항목 가져오기</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>체인 검증</translation>
    </message>
    <message>
        <source>Filter by target</source>
        <translation>대상으로 필터링</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>검색 결과 사이 이동</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>선택한 결과 열기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation>이미지 복사</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Find a shortcut by what it does or its key</source>
        <translation>기능이나 키로 단축키 찾기</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>단축키 찾기</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or key contains the text</source>
        <translation>입력한 텍스트가 기능이나 키에 포함된 단축키만 표시합니다</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Every shortcut, grouped by where it works</source>
        <translation>사용 위치별로 묶은 전체 단축키</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>일치하는 단축키가 없습니다.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Signing in failed because of a problem inside VIP Desk. The log has details.</source>
        <translation>VIP 데스크 내부 문제로 로그인하지 못했습니다. 자세한 내용은 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>Sign in to VIP Desk</source>
        <translation>VIP 데스크 로그인</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation>IT 부서에서 설정합니다.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>인증 앱에 표시된 6자리 숫자</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://).</source>
        <translation>서버 주소는 https://(또는 http://)로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>인증 앱에 표시된 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Locked: try again in {time}</source>
        <translation>잠김: {time} 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>The back-office server to sign in to</source>
        <translation>로그인할 백오피스 서버</translation>
    </message>
    <message>
        <source>Your staff username</source>
        <translation>직원 사용자 이름</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>The 6-digit code your authenticator app shows now</source>
        <translation>인증 앱에 지금 표시된 6자리 코드</translation>
    </message>
    <message>
        <source>Closes VIP Desk without signing in</source>
        <translation>로그인하지 않고 VIP 데스크를 종료합니다</translation>
    </message>
    <message>
        <source>Signs in with these details</source>
        <translation>입력한 정보로 로그인합니다</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>account manager</source>
        <translation>담당 매니저</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>슈퍼바이저</translation>
    </message>
    <message>
        <source>security officer</source>
        <translation>보안 담당자</translation>
    </message>
    <message>
        <source>Show actions that have not reached the server</source>
        <translation>서버에 아직 도착하지 않은 작업 보기</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>{time}부터 오프라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation>{state} — {reason}</translation>
    </message>
    <message>
        <source>All actions sent</source>
        <translation>모든 작업 전송 완료</translation>
    </message>
    <message>
        <source>{name} · {roles}</source>
        <translation>{name} · {roles}</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln items received</source>
        <translation>
            <numerusform>동기화 중… %Ln건 수신</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>미전송 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>확인 필요 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Sends the code; the action goes ahead if it is right</source>
        <translation>인증 코드를 보냅니다. 코드가 맞으면 작업이 진행됩니다</translation>
    </message>
    <message>
        <source>Gives the action up; it is listed in Sync problems</source>
        <translation>작업을 포기합니다. 해당 작업은 동기화 문제 목록에 표시됩니다</translation>
    </message>
    <message>
        <source>The next wrong code locks you out for {minutes} minutes</source>
        <translation>한 번 더 틀리면 {minutes}분 동안 잠깁니다</translation>
    </message>
    <message>
        <source>1 try left before a {minutes}-minute lockout</source>
        <translation>{minutes}분 잠금까지 1회 남음</translation>
    </message>
    <message>
        <source>{n} tries left before a {minutes}-minute lockout</source>
        <translation>{minutes}분 잠금까지 {n}회 남음</translation>
    </message>
    <message>
        <source>This code changes in {s} s</source>
        <translation>이 코드는 {s}초 후 바뀝니다</translation>
    </message>
    <message>
        <source>Too many wrong codes: the platform has locked your codes. Try again in {time}.</source>
        <translation>잘못된 코드를 너무 많이 입력해 플랫폼이 인증 코드 입력을 잠갔습니다. {time} 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Confirm with your code</source>
        <translation>인증 코드로 확인</translation>
    </message>
    <message>
        <source>This action needs a fresh 6-digit code from your authenticator app.</source>
        <translation>이 작업을 하려면 인증 앱의 새 6자리 코드가 필요합니다.</translation>
    </message>
    <message>
        <source>That code was not accepted. Wait for the next code and try again.</source>
        <translation>인증 코드가 거부되었습니다. 다음 코드가 나오면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>6자리 코드</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>인증 코드</translation>
    </message>
    <message>
        <source>Six digits; a pasted code with a space or a dash is accepted</source>
        <translation>6자리 숫자. 공백이나 하이픈이 포함된 코드를 붙여 넣어도 됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation>
            <numerusform>%n자리 더 입력</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation>서버의 보안 인증서를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The server is having a problem.</source>
        <translation>서버에 문제가 있습니다.</translation>
    </message>
    <message>
        <source>The server sent answers VIP Desk could not read.</source>
        <translation>VIP 데스크가 읽을 수 없는 응답을 서버가 보냈습니다.</translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was not given.</source>
        <translation>전송 안 됨: 인증 코드를 입력하지 않았습니다.</translation>
    </message>
    <message>
        <source>Not sent: the authenticator code was refused.</source>
        <translation>전송 안 됨: 인증 코드가 거부되었습니다.</translation>
    </message>
    <message>
        <source>This action waited more than a day to be sent and VIP Desk cannot check whether the server already has it. Check on the server, then resend it only if it did not happen.</source>
        <translation>이 작업은 하루 넘게 전송을 기다렸기 때문에 서버에 이미 반영되었는지 VIP 데스크가 확인할 수 없습니다. 서버에서 확인한 뒤 반영되지 않은 경우에만 다시 보내세요.</translation>
    </message>
    <message>
        <source>Someone changed this item on the server before your change arrived. Review the current version, then resend your change or discard it.</source>
        <translation>내 변경 사항이 도착하기 전에 다른 사람이 서버에서 이 항목을 변경했습니다. 현재 버전을 확인한 뒤 변경 사항을 다시 보내거나 폐기하세요.</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>서버 메시지</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>마지막 시도</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>동기화 문제</translation>
    </message>
    <message>
        <source>Select an action to see what was sent.</source>
        <translation>작업을 선택하면 전송한 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>다시 보내기(&amp;R)</translation>
    </message>
    <message>
        <source>Send this action to the server again</source>
        <translation>이 작업을 서버로 다시 보냅니다</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>폐기(&amp;D)</translation>
    </message>
    <message>
        <source>Give up this action; it will not be sent</source>
        <translation>이 작업을 포기합니다. 전송되지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Open in its form…</source>
        <translation>입력 양식에서 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Correct what the server refused, then send it again</source>
        <translation>서버가 거부한 내용을 수정한 뒤 다시 보냅니다</translation>
    </message>
    <message>
        <source>Every action you took has reached the server.</source>
        <translation>수행한 모든 작업이 서버에 도착했습니다.</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>목록을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Discard action</source>
        <translation>작업 폐기</translation>
    </message>
    <message>
        <source>Discard this action? It will not be sent to the server and cannot be undone.</source>
        <translation>이 작업을 폐기할까요? 서버로 전송되지 않으며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>What you sent:</source>
        <translation>내가 보낸 내용:</translation>
    </message>
    <message>
        <source>The server&apos;s version now:</source>
        <translation>현재 서버 버전:</translation>
    </message>
    <message>
        <source>Actions not sent</source>
        <translation>전송되지 않은 작업</translation>
    </message>
    <message>
        <source>Each action waiting or refused, with the server&apos;s reason</source>
        <translation>대기 중이거나 거부된 작업과 서버가 밝힌 사유</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>What was sent and what the server answered</source>
        <translation>전송한 내용과 서버의 응답</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message numerus="yes">
        <source>The server refused %n of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</source>
        <translation>
            <numerusform>서버가 작업 %n건을 거부했습니다. 서버 메시지를 확인한 뒤 원인을 해결하고 다시 보내거나 해당 작업을 폐기하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Only the first megabyte is shown.</source>
        <translation>처음 1MB만 표시합니다.</translation>
    </message>
</context>
<context>
    <name>ThreadFiles</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>uploading…</source>
        <translation>업로드 중…</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>업로드 안 됨</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Too large to preview
{w} × {h}</source>
        <translation>너무 커서 미리 볼 수 없음
{w} × {h}</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>표시할 수 없음</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>내부 메모</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>서버에서 거부됨</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>미전송</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>아직 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Pending client</source>
        <translation>고객 응답 대기</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>에스컬레이션됨</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>리스크</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>재무</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>컴플라이언스</translation>
    </message>
    <message>
        <source>Escalate ticket</source>
        <translation>티켓 에스컬레이션</translation>
    </message>
    <message>
        <source>What should the team know?</source>
        <translation>팀에 전달할 내용을 적어 주세요.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>에스컬레이션</translation>
    </message>
    <message>
        <source>Hands the ticket to the team with the note</source>
        <translation>메모와 함께 티켓을 해당 팀에 넘깁니다</translation>
    </message>
    <message>
        <source>The specialist team that takes the ticket</source>
        <translation>티켓을 넘겨받을 전문 팀</translation>
    </message>
    <message>
        <source>What the team needs to know; required</source>
        <translation>팀에 전달할 내용(필수)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>담당하기</translation>
    </message>
    <message>
        <source>Assign this ticket to me</source>
        <translation>이 티켓을 나에게 배정</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>에스컬레이션…</translation>
    </message>
    <message>
        <source>Ticket thread</source>
        <translation>티켓 대화</translation>
    </message>
    <message>
        <source>Only staff see internal notes; they do not answer the client</source>
        <translation>내부 메모는 직원만 볼 수 있으며 고객에게 전송되지 않습니다</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>답변 템플릿 삽입</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>요청…</translation>
    </message>
    <message>
        <source>{id} · {status} · {priority} · {category} · {channel} · {language} · assignee: {assignee}</source>
        <translation>{id} · {status} · {priority} · {category} · {channel} · {language} · 담당자: {assignee}</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>미배정</translation>
    </message>
    <message>
        <source> · team: {team}</source>
        <translation> · 팀: {team}</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>배정 해제</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>답변 템플릿…</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>상태가 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>Files are still being checked</source>
        <translation>파일을 아직 확인하는 중입니다</translation>
    </message>
    <message>
        <source>Opens the client&apos;s profile</source>
        <translation>고객 프로필을 엽니다</translation>
    </message>
    <message>
        <source>Gives the ticket to a colleague or a team</source>
        <translation>티켓을 동료나 팀에 배정합니다</translation>
    </message>
    <message>
        <source>Moves the ticket to another status</source>
        <translation>티켓 상태를 변경합니다</translation>
    </message>
    <message>
        <source>Hands the ticket to a specialist team with a reason</source>
        <translation>사유와 함께 티켓을 전문 팀에 넘깁니다</translation>
    </message>
    <message>
        <source>Every message of the ticket, oldest first</source>
        <translation>티켓의 모든 메시지(오래된 순)</translation>
    </message>
    <message>
        <source>Write a reply… ({key} sends)</source>
        <translation>답변 작성…({key}: 보내기)</translation>
    </message>
    <message>
        <source>The reply or internal note to send; {key} sends it</source>
        <translation>보낼 답변 또는 내부 메모. {key}: 보내기</translation>
    </message>
    <message>
        <source>Language of the canned responses</source>
        <translation>답변 템플릿 언어</translation>
    </message>
    <message>
        <source>Sends the reply to the client, or saves the internal note</source>
        <translation>고객에게 답변을 보내거나 내부 메모를 저장합니다</translation>
    </message>
    <message>
        <source>Search the help centre for an answer ({key})</source>
        <translation>고객센터 도움말에서 답변 찾기({key})</translation>
    </message>
    <message>
        <source>A fee, withdrawal or API-access request for this client</source>
        <translation>이 고객에 대한 수수료, 출금 또는 API 접근 요청</translation>
    </message>
    <message>
        <source>The ticket is written in {language}.</source>
        <translation>티켓 언어: {language}.</translation>
    </message>
    <message>
        <source>{language} is the client&apos;s first language.</source>
        <translation>고객의 제1 언어: {language}.</translation>
    </message>
    <message>
        <source>No canned responses in the ticket&apos;s or the client&apos;s languages: {language}.</source>
        <translation>티켓 언어나 고객 언어로 된 답변 템플릿이 없습니다. 표시 언어: {language}.</translation>
    </message>
    <message>
        <source>Choose another language for the canned responses here.</source>
        <translation>여기에서 답변 템플릿 언어를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Client&apos;s time: {time}</source>
        <translation>고객 현지 시각: {time}</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>답변 템플릿</translation>
    </message>
    <message>
        <source>{clock}: {time} ({state})</source>
        <translation>{clock}: {time}({state})</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
</context>
<context>
    <name>TotpCode</name>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>인증 앱에 표시된 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>The code is made of digits only, like 123456.</source>
        <translation>인증 코드는 123456처럼 숫자로만 이루어져 있습니다.</translation>
    </message>
    <message>
        <source>The code has 6 digits; you typed {count}.</source>
        <translation>인증 코드는 6자리인데 {count}자리를 입력했습니다.</translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>INTERNAL NOTE — staff only</source>
        <translation>내부 메모 — 직원 전용</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>included and marked</source>
        <translation>포함(내부 메모로 표시)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>대화 기록</translation>
    </message>
    <message>
        <source>Exported {at} by {who}.</source>
        <translation>{at}에 {who} 님이 내보냄.</translation>
    </message>
    <message>
        <source>Times in UTC and in the client&apos;s time zone ({tz}).</source>
        <translation>시각은 UTC와 고객 시간대({tz})로 함께 표시합니다.</translation>
    </message>
    <message>
        <source>Internal notes: {how}.</source>
        <translation>내부 메모: {how}.</translation>
    </message>
    <message>
        <source>Status: {status} · category: {category} · opened {at}</source>
        <translation>상태: {status} · 분류: {category} · 접수 {at}</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>메시지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>TranscriptsBox</name>
    <message>
        <source>Transcripts</source>
        <translation>대화 기록</translation>
    </message>
    <message>
        <source>Transcript exports of this client</source>
        <translation>이 고객의 대화 기록 내보내기 내역</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>내보낸 사람</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>티켓</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>대화 기록 내보내기…</translation>
    </message>
    <message>
        <source>Account managers and supervisors export transcripts</source>
        <translation>대화 기록은 담당 매니저와 슈퍼바이저가 내보낼 수 있습니다</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>파일 확인…</translation>
    </message>
    <message>
        <source>Say which export a file handed back is, or that it matches none</source>
        <translation>돌려받은 파일이 어느 내보내기에 해당하는지, 또는 일치하는 내보내기가 없는지 확인합니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>The exports are read from the platform; VIP Desk is not connected yet.</source>
        <translation>내보내기 내역은 플랫폼에서 읽어 옵니다. VIP 데스크가 아직 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>No transcript of this client has been exported.</source>
        <translation>이 고객의 대화 기록을 내보낸 적이 없습니다.</translation>
    </message>
    <message>
        <source>Check a transcript file</source>
        <translation>대화 기록 파일 확인</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} 확인 중…</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} matches none of this client&apos;s exports (SHA-256 {sha}): it was changed after the export, or it is not a transcript this desk exported.</source>
        <translation>{name} 파일은 이 고객의 어떤 내보내기와도 일치하지 않습니다(SHA-256 {sha}). 내보낸 뒤 변경되었거나 이 데스크에서 내보낸 대화 기록이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is export {id} of {when} by {who} (tickets {tickets}); its SHA-256 matches: {sha}.</source>
        <translation>{name} 파일은 {when}에 {who} 님이 내보낸 내보내기 {id}입니다(티켓 {tickets}). SHA-256 일치: {sha}.</translation>
    </message>
    <message>
        <source>Each export: when, by whom, which tickets, the format and the file&apos;s SHA-256</source>
        <translation>내보내기별 일시, 내보낸 사람, 티켓, 형식, 파일의 SHA-256</translation>
    </message>
    <message>
        <source>Records an export with the platform and writes the transcript to a file</source>
        <translation>플랫폼에 내보내기를 기록하고 대화 기록을 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Reads this client&apos;s exports from the platform again</source>
        <translation>플랫폼에서 이 고객의 내보내기 내역을 다시 읽어 옵니다</translation>
    </message>
</context>
<context>
    <name>ValidityEdit</name>
    <message>
        <source>ends on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Off: the change stays until someone changes it</source>
        <extracomment>How long a new change is valid unless the person says otherwise.</extracomment>
        <translation>해제 시: 누군가 다시 변경할 때까지 유지됩니다</translation>
    </message>
    <message>
        <source>End of validity</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>The date and time, in your time zone</source>
        <translation>내 시간대 기준 날짜와 시각</translation>
    </message>
</context>
<context>
    <name>VipDesk</name>
    <message>
        <source>VIP Desk stopped unexpectedly the last time it ran.</source>
        <translation>지난번 실행 중에 VIP 데스크가 예기치 않게 종료되었습니다.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>계속하려면 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The kept sign-in could not be opened; the cached data is shown.</source>
        <translation>저장된 로그인 정보를 열 수 없어 캐시된 데이터를 표시합니다.</translation>
    </message>
    <message>
        <source>your IT department does not allow the demo on this computer</source>
        <translation>IT 부서에서 이 컴퓨터의 데모 사용을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>Starting the demo server with its demo clients…</source>
        <translation>데모 서버와 데모 고객을 준비하는 중…</translation>
    </message>
    <message>
        <source>Signing in as {name}…</source>
        <translation>{name} 계정으로 로그인하는 중…</translation>
    </message>
    <message>
        <source>VIP Desk demo</source>
        <translation>VIP 데스크 데모</translation>
    </message>
    <message>
        <source>The demo could not start: {e}</source>
        <translation>데모를 시작할 수 없습니다: {e}</translation>
    </message>
</context>
<context>
    <name>WhitelistEditor</name>
    <message>
        <source>IP whitelist</source>
        <translation>IP 화이트리스트</translation>
    </message>
    <message>
        <source>Network to add, e.g. 203.0.113.0/24</source>
        <translation>추가할 IP 대역(예: 203.0.113.0/24)</translation>
    </message>
    <message>
        <source>Network to add</source>
        <translation>추가할 IP 대역</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the selected network</source>
        <translation>선택한 IP 대역 삭제</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>여러 줄 붙여넣기</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a network</source>
        <translation>클립보드의 각 줄을 IP 대역으로 추가</translation>
    </message>
    <message>
        <source>A network: press Enter to add it.</source>
        <translation>올바른 IP 대역입니다. Enter 키를 누르면 추가됩니다.</translation>
    </message>
    <message>
        <source>Against the client&apos;s list now: {change}</source>
        <translation>고객의 현재 목록 대비: {change}</translation>
    </message>
    <message>
        <source>The same networks as the client&apos;s list now.</source>
        <translation>고객의 현재 목록과 같은 IP 대역입니다.</translation>
    </message>
    <message>
        <source>{network}: {message}</source>
        <translation>{network}: {message}</translation>
    </message>
    <message>
        <source>The addresses and networks the client&apos;s API keys may call from; Delete removes the selected one</source>
        <translation>고객의 API 키로 호출할 수 있는 주소와 IP 대역. Delete 키로 선택한 항목을 삭제합니다</translation>
    </message>
    <message>
        <source>Adds the network typed beside</source>
        <translation>옆에 입력한 IP 대역을 추가합니다</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address or network, such as 203.0.113.0/24</source>
        <translation>IPv4 또는 IPv6 주소나 대역(예: 203.0.113.0/24)</translation>
    </message>
    <message>
        <source>Takes the selected network off the whitelist</source>
        <translation>선택한 IP 대역을 화이트리스트에서 삭제합니다</translation>
    </message>
</context>
<context>
    <name>WithdrawalRequestForm</name>
    <message>
        <source>Request a withdrawal limit or an expedite</source>
        <translation>출금 한도 상향 또는 우선 처리 요청</translation>
    </message>
    <message>
        <source>Raise the 24 h &amp;limit</source>
        <translation>24시간 한도 상향(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Expedite a pending withdrawal</source>
        <translation>대기 중인 출금 우선 처리(&amp;E)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Withdrawal id</source>
        <translation>출금 ID</translation>
    </message>
    <message>
        <source>The pending withdrawal&apos;s id</source>
        <translation>대기 중인 출금의 ID</translation>
    </message>
    <message>
        <source>Withdrawal &amp;id</source>
        <translation>출금 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>자산</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>New 24 h limit (USD)</source>
        <translation>새 24시간 한도(USD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>환산 금액</translation>
    </message>
    <message>
        <source>Reading the assets&apos; precision and prices…</source>
        <translation>자산의 소수 자릿수와 시세를 읽어 오는 중…</translation>
    </message>
    <message>
        <source>The assets&apos; precision and prices could not be read ({error}); a limit increase in USD can still be asked for.</source>
        <translation>자산의 소수 자릿수와 시세를 읽어 올 수 없습니다({error}). USD 기준 한도 상향은 계속 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>Withdrawal request for {client} ({uid}): {what}</source>
        <translation>{client}({uid}) 출금 요청: {what}</translation>
    </message>
    <message>
        <source>A higher 24-hour withdrawal limit, in USD</source>
        <translation>24시간 출금 한도 상향(USD)</translation>
    </message>
    <message>
        <source>A pending withdrawal processed ahead of the queue</source>
        <translation>대기 중인 출금을 순서보다 먼저 처리</translation>
    </message>
    <message>
        <source>The asset being withdrawn</source>
        <translation>출금할 자산</translation>
    </message>
    <message>
        <source>The new limit in USD, or the amount of the withdrawal to expedite</source>
        <translation>새 한도(USD) 또는 우선 처리할 출금 수량</translation>
    </message>
</context>
</TS>
