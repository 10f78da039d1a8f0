"""Help-centre articles in English."""

from __future__ import annotations

from vipclient.sandbox.help_articles_types import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        topic="account-registration",
        title="How to create your account",
        summary="Sign up with your email address or mobile number in a few minutes.\n"
                "Verify your identity afterwards to unlock deposits, trading and withdrawals.",
        body="""You can register on the website or in the mobile app. Use an email address or phone
number that only you can access — it will receive your verification codes.

## Steps

1. Open the app or website and tap **Sign up**.
2. Enter your email address or mobile number and create a password of at least 10 characters,
   with upper- and lower-case letters and a number.
3. Enter the 6-digit verification code we send you. Codes expire after 10 minutes.
4. If you were invited, enter the referral ID (it cannot be added later).
5. Finish by completing **Identity Verification** under **Account → Verification**.

## Good to know

- Each person may hold one personal account. Corporate accounts are opened separately by our
  institutional team.
- Residents of restricted jurisdictions cannot open an account. The list is in our Terms of
  Use.
- Did not get the code? Check your spam folder, make sure the number includes the country
  code, and wait 60 seconds before requesting a new one.""",
        tags=("account", "registration", "getting-started"),
    ),
    Article(
        topic="identity-verification",
        title="Identity verification (KYC): levels, documents and review times",
        summary="Verification protects your account and is required by law before you can trade.\n"
                "Most applications are reviewed within 15 minutes; some take up to 48 hours.",
        body="""We are required to verify the identity of every customer. Your verification level
decides what you can do and how much you can withdraw each day.

| Level | What we ask for | What it unlocks |
|---|---|---|
| Level 1 | Name, date of birth, country of residence | Deposits only |
| Level 2 | Government-issued ID and a live selfie | Trading, withdrawals up to the standard limit |
| Level 3 | Proof of address issued in the last 3 months | Higher limits, VIP services, OTC |

## Tips for a quick approval

1. Use the original document — no photocopies, screenshots or expired IDs.
2. Make sure all four corners are visible and the text is sharp, without glare.
3. Take the selfie in good light, without a hat or sunglasses.
4. For proof of address, upload a utility bill, bank statement or tax letter showing your
   full name and address. Mobile phone bills are not accepted.

## If your application is rejected

The reason is shown under **Account → Verification**. Fix the issue and submit again; you can
retry up to 5 times a day. If you believe the decision is wrong, open a ticket and attach
the documents you used.""",
        tags=("kyc", "account", "verification"),
    ),
    Article(
        topic="deposit-not-credited",
        title="Why hasn't my crypto deposit arrived?",
        summary="Most delays come from network confirmations, a missing memo or tag, or the wrong network.\n"
                "Check the transaction on a block explorer before contacting support.",
        body="""A deposit is credited once the blockchain has confirmed it the number of times we
require for that network. Busy networks can take longer than usual.

## Check these first

1. **Find the transaction ID (TxID)** in the withdrawal history of the wallet or exchange you
   sent from, and look it up on the network's block explorer.
2. **Confirmations**: the deposit page shows how many confirmations each network needs
   (for example 1 for BTC deposits under 0.1 BTC, 12 for Ethereum). The status in
   **Wallet → Deposit history** updates as they arrive.
3. **Network**: the network you sent on must match the one you selected on our deposit page.
   USDT sent on TRC20 to an ERC20 address, for example, will not arrive by itself.
4. **Memo / tag**: assets such as XRP, XLM and ATOM need the memo or tag shown on the deposit
   page. Without it we cannot tell which account the funds belong to.

## Still missing?

Open a ticket with the TxID, the asset, the amount and a screenshot of the sending
platform's withdrawal record. Deposits sent without a memo or on an unsupported network can
often be recovered; recovery is reviewed case by case and may take up to 14 business days
and carry a fee.""",
        tags=("deposit", "wallet", "troubleshooting"),
    ),
    Article(
        topic="withdrawal-not-received",
        title="My withdrawal has not arrived",
        summary="A withdrawal marked Completed has left our wallet; the receiving side must credit it.\n"
                "Pending or Processing withdrawals may be in a security review.",
        body="""What to do depends on the status shown in **Wallet → Withdrawal history**.

## Status: Completed

The funds have left our platform and the transaction is on the blockchain.

1. Click the TxID to open it on the block explorer and check that the destination address
   is the one you intended.
2. If the receiving platform is an exchange, it may need more confirmations or a memo/tag.
   Contact their support with the TxID — only they can credit the funds.
3. We cannot reverse a completed blockchain transaction.

## Status: Processing or Pending review

- Large withdrawals, a new address, a recent password or 2FA change, or a login from a new
  device can trigger a security review. Most reviews finish within a few hours.
- We may contact you by email or phone to confirm the withdrawal. Please answer promptly;
  we will never ask for your password or 2FA codes.

## Status: Failed or Cancelled

The amount and the fee are returned to your spot wallet. Common causes are an invalid
address, a network under maintenance or a withdrawal cancelled by you.

VIP clients can ask their account manager to prioritise a withdrawal under review.""",
        tags=("withdrawal", "wallet", "troubleshooting"),
    ),
    Article(
        topic="withdrawal-limits",
        title="Withdrawal limits and how to raise them",
        summary="Your 24-hour withdrawal limit depends on your verification level and VIP tier.\n"
                "VIP clients can request a temporary or permanent increase through their account manager.",
        body="""The 24-hour limit is the total value, in USD, that can leave your account in any
rolling 24-hour window, across all assets. The current limit and what remains today are shown
on the withdrawal page.

## Standard limits

- Level 2 verified: up to 2,000,000 USD per 24 hours.
- Level 3 verified: up to 8,000,000 USD per 24 hours.
- Some assets also have a per-transaction maximum set by the network.

## Raising your limit

1. Make sure you have completed Level 3 verification.
2. Contact your account manager, or open a ticket, stating the amount, the period you need
   it for and the reason (for example an OTC settlement).
3. The request is reviewed by our risk team. Increases up to 1,000,000 USD are usually
   decided within one business day; larger ones need an additional approval.
4. A temporary increase returns to your previous limit automatically at the end date.

## Good to know

Limits can be lowered temporarily after a password reset, a 2FA change or a suspected
account compromise, to protect you. This hold usually lasts 24 to 48 hours.""",
        tags=("withdrawal", "limits", "vip"),
    ),
    Article(
        topic="withdrawal-whitelist",
        title="Using the withdrawal address whitelist",
        summary="With the whitelist on, funds can only be sent to addresses you have saved and verified.\n"
                "New addresses can be used 24 hours after they are added.",
        body="""The whitelist is one of the most effective protections against theft: even someone
who gets into your account cannot send funds to their own address.

## Turn it on

1. Go to **Security → Withdrawal whitelist** and switch it on.
2. Confirm with your 2FA code and the code sent to your email.

## Add an address

1. Open **Wallet → Address management** and click **Add address**.
2. Choose the asset and the network, paste the address and, if needed, the memo/tag.
3. Give it a label you will recognise, such as "Ledger – cold storage".
4. Confirm with 2FA and email. The address becomes usable after a 24-hour safety delay.

## Good to know

- Turning the whitelist **off** also starts a 24-hour delay before withdrawals to new
  addresses are allowed.
- Check the first and last six characters of every address you paste: clipboard malware
  replaces copied addresses.
- API withdrawals can only go to whitelisted addresses, whether or not the whitelist is on.""",
        tags=("withdrawal", "whitelist", "security"),
    ),
    Article(
        topic="spot-trading-rules",
        title="Spot trading rules: order types, minimum size and price limits",
        summary="Each spot pair has a minimum order value, a tick size and a lot size.\n"
                "Orders priced far from the market are rejected to protect you from mistakes.",
        body="""Spot trading means buying and selling assets for immediate delivery to your spot
wallet.

## Order types

- **Limit**: buy or sell at your price or better. It rests in the order book until filled or
  cancelled.
- **Market**: fills immediately at the best available prices. Large market orders may fill
  across several price levels (slippage).
- **Stop-limit**: places a limit order once the last price reaches your stop price.
- **OCO**: a take-profit and a stop-limit order together; when one fills, the other is
  cancelled.

## Trading rules

| Rule | Example (BTC/USDT) |
|---|---|
| Minimum order value | 5 USDT |
| Tick size (price step) | 0.01 USDT |
| Lot size (quantity step) | 0.00001 BTC |
| Price protection | limit orders more than 5 % away from the last price are rejected |

The rules of every pair are on its trading page under **Info**. Orders that do not meet them
are rejected with a message explaining which rule applies.

Maker orders add liquidity to the order book; taker orders remove it. See *Trading fees* for
the rates.""",
        tags=("trading", "spot"),
    ),
    Article(
        topic="futures-trading-rules",
        title="Perpetual futures: margin, leverage, funding and liquidation",
        summary="Futures let you trade with leverage, which multiplies both gains and losses.\n"
                "Keep your margin ratio healthy: a position is liquidated when margin falls below maintenance.",
        body="""Our USDT-margined perpetual contracts have no expiry date. You need to pass a short
knowledge quiz before your first futures trade.

## Margin modes

- **Cross margin**: all the balance in your futures wallet supports your positions.
- **Isolated margin**: each position has its own margin; a liquidation only affects that
  position.

## Leverage

Maximum leverage depends on the contract and on your position size: the larger the position,
the lower the maximum leverage (risk limit tiers). You can change leverage on open positions
only if your margin allows it.

## Funding

Every 8 hours (00:00, 08:00 and 16:00 UTC), holders of long and short positions exchange a
funding payment that keeps the contract price close to the spot index. You pay or receive it
only if you hold a position at that moment.

## Liquidation

When your margin falls below the maintenance margin, the position is taken over by the
liquidation engine. To reduce the risk:

1. Use stop-loss orders.
2. Add margin when the margin ratio rises above 80 %.
3. Use lower leverage in volatile markets.

Liquidation prices are calculated from the mark price, not the last traded price, so a
short spike on one exchange does not liquidate you.""",
        tags=("trading", "futures", "risk"),
    ),
    Article(
        topic="trading-fees",
        title="Trading fees: maker and taker rates",
        summary="Fees depend on whether your order adds liquidity (maker) or takes it (taker), and on your VIP tier.\n"
                "Fees are charged on every fill and shown in your trade history.",
        body="""## Maker and taker

- A **maker** order rests in the order book before it is filled (for example a limit order
  below the current price).
- A **taker** order fills immediately against an order already in the book (a market order,
  or a limit order that crosses the spread).

## Rates by VIP tier (spot)

| Tier | Maker | Taker |
|---|---|---|
| VIP 1 | 0.180 % | 0.200 % |
| VIP 3 | 0.140 % | 0.180 % |
| VIP 5 | 0.100 % | 0.140 % |
| VIP 7 | 0.060 % | 0.100 % |
| VIP 9 | 0.020 % | 0.060 % |
| VIP 10 | 0.010 % | 0.040 % |

Your tier is recalculated every day from your 30-day trading volume and your assets on the
platform. The full table is in *VIP programme*.

## Custom rates

Market makers and clients with large volumes can be offered custom rates for a set period.
Speak to your account manager: custom schedules are approved by a supervisor and end
automatically at their expiry date, when the tier rate applies again.""",
        tags=("fees", "trading", "vip"),
    ),
    Article(
        topic="vip-program",
        title="VIP programme: tiers and benefits",
        summary="Ten VIP tiers based on 30-day trading volume or total assets held with us.\n"
                "Higher tiers get lower fees, higher limits and a dedicated account manager.",
        body="""Your VIP tier is updated daily at 00:00 UTC. You qualify for a tier by meeting
**either** its 30-day volume **or** its asset balance requirement.

## Benefits

- Lower maker and taker fees at every tier (see *Trading fees*).
- Higher 24-hour withdrawal limits and faster withdrawal reviews.
- A dedicated account manager from VIP 3, reachable by chat, email and phone.
- Response time targets: from 5 minutes for urgent issues at VIP 8–10 to 30 minutes at VIP 1–2.
- Higher API rate limits on request.
- Invitations to OTC desk services and events.

## Keeping your tier

If your volume or assets drop below your tier's requirement, you keep the tier for a 14-day
grace period before moving down. Your account manager can tell you where you stand and what
the next tier needs.

## Institutional clients

Funds, market makers and corporates can apply for institutional terms with custom fees and
settlement. Contact your account manager or the institutional team.""",
        tags=("vip", "fees", "account"),
    ),
    Article(
        topic="api-keys",
        title="How to create and secure an API key",
        summary="API keys let your software trade and read your account without your password.\n"
                "Give each key only the permissions it needs and bind it to your server's IP addresses.",
        body="""## Create a key

1. Go to **Account → API management** and click **Create API key**.
2. Give it a label, such as "grid bot – server 1".
3. Confirm with your 2FA code and the email code.
4. Copy the **secret key** now: it is shown only once. Store it in a password manager or a
   secrets vault, never in source code.

## Permissions

| Permission | Allows |
|---|---|
| Read | balances, orders, history |
| Spot & margin trading | placing and cancelling spot orders |
| Futures trading | placing and cancelling futures orders |
| Withdrawals | withdrawing to whitelisted addresses only |

Withdrawal permission can only be enabled on a key that is bound to IP addresses.

## IP restriction

Bind each key to the public IP addresses or ranges of your servers (for example
`203.0.113.0/24`). Keys without an IP restriction are deleted automatically after 90 days
of inactivity.

If you think a key has leaked, delete it immediately in **API management** and contact
support.""",
        tags=("api", "security"),
    ),
    Article(
        topic="api-rate-limits",
        title="API rate limits",
        summary="Requests are limited per key and per IP address; exceeding the limit returns HTTP 429.\n"
                "VIP and institutional clients can ask for a higher rate-limit tier.",
        body="""Limits keep the platform responsive for everyone. Each response tells you how much
of your limit you have used in the `X-RateLimit-Used` header.

## Tiers

| Tier | Requests per second | Orders per 10 seconds |
|---|---|---|
| Standard | 20 | 100 |
| Elevated | 50 | 300 |
| Institutional | 150 | 1,000 |
| Market maker | 400 | 3,000 |

## When you hit the limit

- The API answers **429 Too Many Requests** with a `Retry-After` header. Wait that many
  seconds before retrying.
- Repeatedly ignoring 429 answers leads to a temporary IP ban (HTTP 418) of 2 minutes to
  3 days.

## Using fewer requests

1. Subscribe to WebSocket streams for prices, order book and your order updates instead of
   polling.
2. Use batch endpoints to place or cancel up to 20 orders in one request.
3. Cache reference data such as trading rules.

## Asking for a higher tier

Contact your account manager with your expected request volume and the IP addresses your
keys are bound to. Higher tiers are reviewed by our API team.""",
        tags=("api", "limits"),
    ),
    Article(
        topic="two-factor-authentication",
        title="Set up two-factor authentication (2FA)",
        summary="2FA adds a one-time code from an authenticator app to every login and withdrawal.\n"
                "Set it up before you deposit: it is the single best protection for your account.",
        body="""We support authenticator apps (TOTP, such as Google Authenticator, Microsoft
Authenticator or 1Password) and security keys (passkeys, YubiKey).

## Authenticator app

1. Install an authenticator app on your phone.
2. Go to **Security → Two-factor authentication → Authenticator app** and click **Enable**.
3. Scan the QR code with the app, or type in the 16-character key.
4. **Write down the key** and keep it offline in a safe place. It is the only way to restore
   the codes on a new phone.
5. Enter the 6-digit code the app shows to finish.

## Good to know

- Codes change every 30 seconds. If a code is refused, check that your phone's time is set
  automatically.
- Each code can be used once.
- Never give a code to anyone — our staff will never ask for it, not even on the phone.
- SMS codes are weaker than an app: SIM-swap fraud can redirect your messages. Use an app or
  a security key where you can.""",
        tags=("security", "2fa"),
    ),
    Article(
        topic="reset-2fa",
        title="Lost access to your authenticator? Reset 2FA",
        summary="If you changed or lost your phone, you can reset 2FA after verifying your identity.\n"
                "For your safety, withdrawals are paused for 48 hours after a reset.",
        body="""If you saved the 16-character key when you set up 2FA, simply add it to the
authenticator app on your new phone — no reset is needed.

## Self-service reset

1. On the login page, enter your password and click **Security verification unavailable?**
2. Choose **Authenticator app** as the method you have lost.
3. Verify your identity: confirm the codes sent to your email and phone, then take a live
   selfie that we compare with your verification documents.
4. Once approved (usually within 1 hour), log in and set up 2FA again.

## If self-service does not work

Open a ticket from the login page. We may ask for a video call with your ID document.
Your account manager can follow the case but cannot skip the identity checks.

## After the reset

- Withdrawals and API key creation are paused for 48 hours.
- Review your login history and API keys under **Security**.
- If you did not request the reset, contact support immediately and freeze your account.""",
        tags=("security", "2fa", "account"),
    ),
    Article(
        topic="anti-phishing-code",
        title="Set up your anti-phishing code",
        summary="Your anti-phishing code appears in every genuine email we send you.\n"
                "An email without it, or with a different code, is not from us.",
        body="""Phishing emails copy our design to trick you into entering your password and 2FA
code on a fake site. The anti-phishing code is a word only you and we know.

## Set it up

1. Go to **Security → Anti-phishing code** and click **Set up**.
2. Choose a code of 4 to 20 letters or digits that you will recognise. Do not use your
   password.
3. Confirm with your 2FA code.

From then on, every email from us shows the code near the top.

## How to spot a fake

- The code is missing or wrong.
- The sender's address is not from our official domain.
- The message is urgent ("your account will be closed in 24 hours") and asks you to click a
  link and log in.
- A link points to a misspelt domain. Type our address yourself or use the app instead.

## If you clicked a phishing link

Change your password and reset 2FA at once, check your API keys and withdrawal whitelist, and
freeze your account if you see anything you do not recognise. Then contact support.""",
        tags=("security", "phishing"),
    ),
    Article(
        topic="account-freeze-and-recovery",
        title="Freezing your account in an emergency, and getting it back",
        summary="If you suspect someone else has access, freeze your account at once: logins, trading and withdrawals stop.\n"
                "Unfreezing needs an identity check and is approved by two members of our security team.",
        body="""## Freeze it yourself

- In the app: **Account → Security → Freeze account**.
- From any email we sent you: click **Freeze account** at the bottom.
- Or call your account manager or our support line — a security officer can freeze it
  within minutes.

A freeze stops logins, trading, withdrawals and API access immediately. Open orders are
cancelled. Your assets stay safely in your account.

## Our own freezes

We freeze accounts ourselves when we see signs of a takeover, after a phishing report, for a
suspicious withdrawal or when a legal order requires it. You will receive an email explaining
which services are affected.

## Getting your account back

1. Contact support or your account manager and ask to unfreeze.
2. Complete an identity check, normally a short video call with your ID document.
3. Reset your password and 2FA and review your API keys.
4. A security officer requests the unfreeze and a second officer approves it. This dual
   control means no single person — and nobody who has taken over your email — can unlock
   the account.

Most accounts are unfrozen within one business day of the identity check.""",
        tags=("security", "freeze", "account"),
    ),
)
