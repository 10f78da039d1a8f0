<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditSection</name>
    <message numerus="yes">
        <source>{n} of %Ln entries</source>
        <translation>
            <numerusform>{n} of %Ln entry</numerusform>
            <numerusform>{n} of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to {file}</source>
        <translation>
            <numerusform>%Ln entry written to {file}</numerusform>
            <numerusform>%Ln entries written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message numerus="yes">
        <source>The first {shown} of %n tickets · Enter opens one</source>
        <translation>
            <numerusform>The first {shown} of %n ticket · Enter opens one</numerusform>
            <numerusform>The first {shown} of %n tickets · Enter opens one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets · Enter opens one</source>
        <translation>
            <numerusform>%n ticket · Enter opens it</numerusform>
            <numerusform>%n tickets · Enter opens one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsSection</name>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n waiting · the oldest for {age}</source>
        <translation>
            <numerusform>%n waiting · for {age}</numerusform>
            <numerusform>%n waiting · the oldest for {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanesSection</name>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a breached SLA</source>
        <translation>
            <numerusform>%n with a breached SLA</numerusform>
            <numerusform>%n with a breached SLA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n tickets of your book are in Emergency.</source>
        <translation>
            <numerusform>%n ticket of your book is in Emergency.</numerusform>
            <numerusform>%n tickets of your book are in Emergency.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more tickets entered Emergency or are about to breach.</source>
        <translation>
            <numerusform>%n more ticket entered Emergency or is about to breach.</numerusform>
            <numerusform>%n more tickets entered Emergency or are about to breach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestNotices</name>
    <message numerus="yes">
        <source>%n more requests changed.</source>
        <translation>
            <numerusform>%n more request changed.</numerusform>
            <numerusform>%n more requests changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message numerus="yes">
        <source>{given} of %n approvals by a {role} given.</source>
        <translation>
            <numerusform>{given} of %n approval by a {role} given.</numerusform>
            <numerusform>{given} of %n approvals by a {role} given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message numerus="yes">
        <source>{tier} · %n networks</source>
        <translation>
            <numerusform>{tier} · %n network</numerusform>
            <numerusform>{tier} · %n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} with a fresh TOTP code within {hours} h</source>
        <translation>
            <numerusform>needs %n approval by a {role} with a fresh TOTP code within {hours} h</numerusform>
            <numerusform>needs %n approvals by a {role} with a fresh TOTP code within {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs %n approvals by a {role} within {hours} h</source>
        <translation>
            <numerusform>needs %n approval by a {role} within {hours} h</numerusform>
            <numerusform>needs %n approvals by a {role} within {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</source>
        <translation>
            <numerusform>Needs %n approval by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</numerusform>
            <numerusform>Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule {rule}); you will be asked for your code when it is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approvals by a {role} within {hours} h (rule {rule}).</source>
        <translation>
            <numerusform>Needs %n approval by a {role} within {hours} h (rule {rule}).</numerusform>
            <numerusform>Needs %n approvals by a {role} within {hours} h (rule {rule}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</source>
        <translation>
            <numerusform>Rule {rule} needs %n approval by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</numerusform>
            <numerusform>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders} (a requester cannot approve their own request): its requests can never be approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</source>
        <translation>
            <numerusform>Rule {rule} needs %n approval by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</numerusform>
            <numerusform>Rule {rule} needs %n approvals by a {role}, and the only staff with that role are {holders}: a request made by {requesters} can never be approved, as no one approves their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal places here.</source>
        <translation>
            <numerusform>At most %n decimal place here.</numerusform>
            <numerusform>At most %n decimal places here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsSection</name>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityNotices</name>
    <message numerus="yes">
        <source>%n critical alerts are open.</source>
        <translation>
            <numerusform>%n critical alert is open.</numerusform>
            <numerusform>%n critical alerts are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n freezes are waiting for a second officer.</source>
        <translation>
            <numerusform>%n freeze is waiting for a second officer.</numerusform>
            <numerusform>%n freezes are waiting for a second officer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityWords</name>
    <message numerus="yes">
        <source>%n alerts will be marked as actioned by this freeze.</source>
        <translation>
            <numerusform>%n alert will be marked as actioned by this freeze.</numerusform>
            <numerusform>%n alerts will be marked as actioned by this freeze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message numerus="yes">
        <source>Syncing… %Ln items received</source>
        <translation>
            <numerusform>Syncing… %Ln item received</numerusform>
            <numerusform>Syncing… %Ln items received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n unsent</numerusform>
            <numerusform>%n unsent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message numerus="yes">
        <source>%n more digits</source>
        <translation>
            <numerusform>%n more digit</numerusform>
            <numerusform>%n more digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message numerus="yes">
        <source>The server refused %n of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</source>
        <translation>
            <numerusform>The server refused %n of your actions. Read its message, then resend the action (after fixing the cause) or discard it.</numerusform>
            <numerusform>The server refused %n of your actions. Read its message, then resend an action (after fixing the cause) or discard it.</numerusform>
        </translation>
    </message>
</context>
</TS>
