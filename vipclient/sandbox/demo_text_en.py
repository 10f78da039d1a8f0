"""English message templates of the demo ticket threads (see :mod:`demo_text`)."""

from __future__ import annotations

from vipclient.sandbox.demo_text_types import LangText

EN = LangText(
    subjects={
        "account_security": (
            "Need to reset my 2FA — lost my phone",
            "Suspicious login alert from {city}",
            "Please whitelist a new withdrawal address",
            "Received a phishing email pretending to be you",
        ),
        "withdrawal": (
            "{asset} withdrawal stuck for hours",
            "Withdrawal of {amount} {asset} still pending",
            "Urgent: {asset} withdrawal not received on {net}",
            "Can you raise my 24h withdrawal limit?",
        ),
        "deposit": (
            "{asset} deposit not credited",
            "Deposit sent on the wrong network ({net})",
            "Missing memo/tag on my {asset} deposit",
        ),
        "trading": (
            "Order {order} filled at a strange price",
            "Liquidation on {pair} — please review",
            "Question about OTC block trade for {amount} {asset}",
        ),
        "api": (
            "API key hitting rate limit (429)",
            "Websocket disconnects every few minutes",
            "Need higher API rate limit for market making",
            "Add {ip} to the API whitelist",
        ),
        "fees": (
            "Question about my fee tier",
            "Why am I still paying VIP taker fees?",
            "Request for a custom maker rebate",
            "Maker fee proposal for our desk",
            "Another exchange offers us a lower maker fee",
        ),
        "kyc": (
            "KYC documents for corporate account",
            "Proof of address rejected — why?",
            "Updating my passport after renewal",
        ),
        "other": (
            "Invitation to the VIP event",
            "Tax report for last year",
            "Change of account manager contact",
        ),
    },
    openers={
        "account_security": (
            "Hi, I changed phones over the weekend and lost access to my authenticator. "
            "Can you help me reset 2FA? I can do a video call for verification.",
            "I just got an alert about a login from {city} that was not me. I've changed my "
            "password already — please check my account and tell me if anything was moved.",
            "Hello, I need a new cold wallet address whitelisted for withdrawals. "
            "Address ends with {tx}. What do you need from me?",
            "Someone sent me an email that looks exactly like yours asking me to 'verify' my "
            "account on a strange link. Forwarding it to you. Is my account safe?",
        ),
        "withdrawal": (
            "My {asset} withdrawal of {amount} has been 'processing' for more than three hours. "
            "TXID is not showing. Can you check what is going on?",
            "Hi, I withdrew {amount} {asset} to my {net} address this morning and it's still "
            "pending. I need the funds today for a settlement.",
            "The withdrawal shows completed on your side but nothing arrived. "
            "Tx hash {tx}. Please investigate urgently.",
            "I regularly need to move more than my current 24h limit. Could we increase it "
            "to {usd} USD? Happy to provide whatever documents you need.",
        ),
        "deposit": (
            "I deposited {amount} {asset} about two hours ago, it has plenty of confirmations "
            "but my balance hasn't changed. Tx: {tx}",
            "I made a mistake and sent {asset} over {net} instead of the network shown on the "
            "deposit page. Is there any way to recover it?",
            "My {asset} deposit is missing the memo. Amount {amount}, tx {tx}. "
            "Can you credit it manually?",
        ),
        "trading": (
            "Order {order} on {pair} executed way off the mark price. "
            "Looks like a wick — can you check the matching logs?",
            "My {pair} position got liquidated even though the mark price on the chart never "
            "reached my liquidation price. I'd like a review.",
            "I'm looking to buy {amount} {asset} via OTC this week. What spread can you offer "
            "and how does settlement work?",
        ),
        "api": (
            "Our bot is getting HTTP 429 on the order endpoint since yesterday, way below the "
            "limits we were told. Key ending {key}.",
            "The private websocket drops every 3-5 minutes with code 1006. Started after your "
            "maintenance. Anything changed?",
            "We are onboarding as a market maker on {pair}. We'll need a higher order rate "
            "limit — what tiers are available?",
            "Please add {ip} to the IP whitelist for API key {key}. Our new server goes live "
            "tomorrow.",
        ),
        "fees": (
            "My 30-day volume is well above the threshold for the next tier but the fee "
            "schedule hasn't changed. Can you check?",
            "I'm still charged the old taker fee on {pair}. Screenshot attached.",
            "We're moving most of our volume here next quarter. Can we discuss a custom maker "
            "fee?",
            "Our desk would route about {amount} {asset} a week through you if the maker fee is "
            "competitive. What can you offer?",
            "Another exchange offered us a lower maker rate. We'd rather stay — can you match "
            "it?",
        ),
        "kyc": (
            "Attached the certificate of incorporation and the register of directors for our "
            "corporate account. What else is missing?",
            "My proof of address was rejected but it's a bank statement from last month. "
            "What's wrong with it?",
            "I renewed my passport, how do I update it on the account without interrupting "
            "trading?",
        ),
        "other": (
            "Thanks for the invitation to the VIP dinner. Can I bring a colleague?",
            "I need a full transaction history for last year for my accountant. Can you "
            "export it?",
            "Who should I contact while my account manager is on holiday?",
        ),
    },
    first_replies={
        "account_security": (
            "Hi {first}, thanks for reaching out. For your security we'll verify your identity "
            "before touching 2FA — I'll send you a secure link for a short video check.",
            "Thank you for letting us know so quickly. I've put extra checks on your account "
            "while our security team reviews the recent sessions.",
            "Hi {first}, happy to help. New withdrawal addresses need a short verification "
            "call and then a 24-hour cool-down; I'll call you shortly.",
            "Thank you for reporting it — that e-mail did not come from us. Please don't click "
            "the link; I've asked our security team to check your account and take the site "
            "down.",
        ),
        "withdrawal": (
            "Hi {first}, I'm checking with our wallet team now. Large withdrawals on {net} "
            "sometimes need an extra risk review; I'll update you within the hour.",
            "Thanks {first}. I can see the withdrawal — it's in the final signing step. "
            "I've asked the team to prioritise it.",
            "Hi {first}, I'm checking {tx} on the chain right now and will confirm with our "
            "wallet team which address it went to.",
            "Hi {first}, happy to look at your limit. I'll prepare the request for approval "
            "and let you know what we need.",
        ),
        "deposit": (
            "Hi {first}, thanks for the tx hash. I've passed it to our deposits team to check "
            "the confirmations on our side.",
            "Thanks for the details. Recovery of deposits on a different network is possible "
            "in most cases; I'm opening a request with the wallet team.",
            "Hi {first}, deposits without a memo can be credited manually after a quick "
            "ownership check — I've started it.",
        ),
        "trading": (
            "Hi {first}, I've asked the trading desk for the matching-engine logs for order "
            "{order}. I'll come back to you with their findings.",
            "Hi {first}, I've asked our risk team to replay the liquidation against the mark "
            "price at that moment.",
            "Thanks for your interest in OTC. Our desk can quote two-way prices for that size; "
            "I'll set up a chat with the trader.",
        ),
        "api": (
            "Hi {first}, I've checked key {key}: it's on the standard rate tier. I've asked the "
            "API team to review your usage and the limit.",
            "Thanks for the report. Our engineers are aware of websocket reconnects after the "
            "upgrade; I'll share their findings.",
            "Welcome aboard! I'm sending you the market-maker programme terms and the rate "
            "tiers; the API team will size the limit with you.",
            "Hi {first}, noted. For security I'll confirm the new IP with you by phone before "
            "adding it.",
        ),
        "fees": (
            "Hi {first}, tier recalculation runs daily at 00:00 UTC. I'll check your 30-day "
            "volume and make sure the schedule is right.",
            "Thanks {first}, I'm checking which fee was applied to your {pair} trades.",
            "Thanks {first}, happy to look at a custom schedule. Could you share your expected "
            "monthly maker volume?",
            "Thanks {first}, that volume qualifies for a custom schedule. I'll draft a proposal "
            "and get it approved.",
            "Thanks for telling us first, {first}. Let me see what we can do and come back with "
            "a proposal today.",
        ),
        "kyc": (
            "Hi {first}, thanks for the documents. Compliance is reviewing them; this usually "
            "takes one business day.",
            "Thanks for flagging. Proof of address must show your full name and be less than "
            "three months old — I'll check why it was rejected.",
            "Hi {first}, you can upload the new passport under Profile → Verification; "
            "trading is not interrupted while we review it.",
        ),
        "other": (
            "Hi {first}, of course! I'll add your colleague to the guest list.",
            "Thanks {first}, I'll request the export from our reporting team.",
            "Hi {first}, while I'm away my colleague on the VIP desk has your file and can "
            "help with anything urgent.",
        ),
    },
    ask_info={
        "account_security": (
            "To continue, please send a photo of your ID next to today's date, and confirm the "
            "last deposit you made.",
        ),
        "withdrawal": (
            "Could you confirm the destination address and the purpose of this withdrawal? "
            "Our risk team needs it for amounts of this size.",
            "Can you send the source of funds for the last two deposits? Then we can release it.",
        ),
        "deposit": ("Please send a screenshot of the transaction from your sending wallet.",),
        "trading": ("Could you send the exact time (UTC) of the order and a screenshot?",),
        "api": ("Can you share the request IDs of a few failed calls and your server IP?",),
        "fees": ("Could you tell me which sub-accounts should share the schedule?",),
        "kyc": (
            "We still need a certified copy of the shareholder register. Could you upload it?",
        ),
        "other": ("Could you confirm the e-mail address the report should go to?",),
    },
    resolutions={
        "account_security": (
            "All done: 2FA has been reset and withdrawals are locked for 24 h as a precaution. "
            "Please set up your new authenticator now.",
            "We reviewed every session: nothing was moved. We've ended all other sessions and "
            "the account is secure.",
            "The address is whitelisted; withdrawals to it open once the 24-hour cool-down "
            "ends.",
            "The phishing site has been taken down and your account shows no unusual activity. "
            "Thanks again for the report.",
        ),
        "withdrawal": (
            "Your withdrawal has been broadcast: {tx}. It should arrive within a few "
            "confirmations.",
            "Good news — the funds are released and should be in your wallet now.",
            "The transaction is confirmed on chain to the address you gave; your wallet "
            "provider has now credited it.",
            "Your new 24 h withdrawal limit of {usd} USD is active.",
        ),
        "deposit": (
            "The deposit of {amount} {asset} has been credited to your account.",
            "Our wallet team recovered the funds; they're now in your spot balance.",
            "The deposit has been credited manually — please remember the memo next time.",
        ),
        "trading": (
            "The desk reviewed the fill: it matched against a resting order at that price. "
            "The execution was correct, but I've passed your feedback on.",
            "After review we refunded the liquidation fee as a goodwill gesture.",
            "Trade done: {amount} {asset} settled to your account at the agreed price.",
        ),
        "api": (
            "Your API limit has been raised. Please let me know if you still see 429s.",
            "The websocket issue was fixed in last night's release; reconnects should be gone.",
            "The market-maker tier is now active on your keys.",
            "{ip} has been added to the whitelist of key {key}.",
        ),
        "fees": (
            "Your fee schedule is now updated. You'll see the new rates on your next trade.",
            "You were right: the old rate was applied. We've refunded the difference.",
            "We've applied the custom schedule to your account — details by e-mail.",
            "Your custom maker rate is live on your account now.",
            "We've matched the offer: the new schedule is active — details by e-mail.",
        ),
        "kyc": (
            "Your documents are approved and your KYC level has been updated.",
            "The new proof of address is accepted; your verification is complete.",
            "The new passport is on file; nothing else is needed from you.",
        ),
        "other": (
            "Done — your colleague is on the guest list. See you there!",
            "Done — you'll find the report in your inbox.",
            "All set. Let me know if there's anything else.",
        ),
    },
    scenarios={"fees": (0, 1, 2, 2, 2)},  # three ways of asking for a custom schedule
    client_info=(
        "Here you go, attached what you asked for.",
        "Sent the documents just now, please check.",
        "The address is correct, it's my own wallet at {net}. Funds are from trading profits.",
        "Screenshot attached. The time was around {hour}:15 UTC.",
        "Uploaded to the portal a minute ago. Let me know if anything else is missing.",
        "Here's the info. The funds come from my OTC sale last month.",
    ),
    chasers=(
        "Any update on this?",
        "Hi, it's been a while — can someone check please?",
        "Still waiting. This is getting urgent for me.",
        "Hello? Is anyone looking at this?",
        "Following up on my previous message.",
        "Can you give me an ETA please? I have a deadline today.",
        "Just checking in — any news from the team?",
        "It's been hours. Should I call my account manager directly?",
    ),
    thanks=(
        "Thanks, received!",
        "Great, thank you for the quick help.",
        "Perfect, appreciate it.",
        "All good now, thanks a lot.",
        "Confirmed on my side. Thanks for sorting it out so fast!",
        "Works now. Appreciate the follow-up.",
    ),
    holding=(
        "Still on it — I'll update you as soon as I hear back from the team.",
        "Quick update: the team is working on it now.",
        "Sorry for the wait, I've escalated internally and will be back shortly.",
        "Thanks for your patience — I'm with the team now and will update you within the hour.",
        "No news yet, but it's top of our list. I'll write as soon as I have something.",
    ),
)
