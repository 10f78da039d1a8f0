"""Spanish, German, French, Russian and Portuguese templates of the demo threads.

One subject and opening per category and generic staff lines: many European and American
clients write in English (their second language), so these threads are the minority.
"""

from __future__ import annotations

from vipclient.sandbox.demo_text_types import LangText

# The English first story of each category (and the suspicious login), except "other",
# which tells the tax report.
_SCENARIOS = {"other": (1,)}

ES = LangText(
    subjects={
        "account_security": (
            "Restablecer 2FA — perdí el móvil",
            "Alerta de inicio de sesión sospechoso desde {city}",
        ),
        "withdrawal": ("Retiro de {asset} atascado",),
        "deposit": ("Depósito de {asset} no acreditado",),
        "trading": ("Precio de ejecución extraño en la orden {order}",),
        "api": ("Errores 429 en la API",),
        "fees": ("Consulta sobre mi nivel de comisiones",),
        "kyc": ("Documentos KYC para cuenta de empresa",),
        "other": ("Informe fiscal del año pasado",),
    },
    openers={
        "account_security": (
            "Hola, cambié de móvil y perdí el autenticador. ¿Podéis restablecer el 2FA?",
            "Me ha llegado un aviso de inicio de sesión desde {city} y no he sido yo. Ya he "
            "cambiado la contraseña; ¿podéis revisar que no se haya movido nada?",
        ),
        "withdrawal": (
            "Mi retiro de {amount} {asset} lleva más de tres horas en proceso. ¿Qué pasa?",
        ),
        "deposit": ("Deposité {amount} {asset} hace dos horas y no aparece en el saldo. Tx: {tx}",),
        "trading": ("La orden {order} en {pair} se ejecutó muy lejos del precio de marca.",),
        "api": ("Desde ayer recibimos 429 en el endpoint de órdenes con la clave {key}.",),
        "fees": (
            "Mi volumen de 30 días supera el umbral del siguiente nivel pero las comisiones no "
            "cambian.",
        ),
        "kyc": ("He subido la escritura de constitución. ¿Qué más falta?",),
        "other": ("Necesito el historial completo del año pasado para mi asesor fiscal.",),
    },
    scenarios=_SCENARIOS,
    generic_replies=(
        "Hola {first}, gracias por escribirnos. Lo estoy revisando con el equipo.",
        "Gracias por los detalles, lo gestiono con prioridad.",
    ),
    generic_ask=("¿Podrías enviarnos una captura de pantalla y la hora exacta (UTC)?",),
    generic_resolutions=(
        "Listo, ya está resuelto. Disculpa las molestias.",
        "Todo solucionado. Cualquier otra cosa, aquí estamos.",
    ),
    client_info=("Adjunto lo que me pedisteis.", "Enviado, revisadlo por favor."),
    chasers=("¿Alguna novedad?", "Sigo esperando, es urgente."),
    thanks=("¡Recibido, gracias!", "Perfecto, muchas gracias."),
    holding=("Seguimos con ello, te aviso en cuanto tenga respuesta.",),
)

DE = LangText(
    subjects={
        "account_security": (
            "2FA zurücksetzen — Handy verloren",
            "Verdächtige Anmeldung aus {city}",
        ),
        "withdrawal": ("{asset}-Auszahlung hängt seit Stunden",),
        "deposit": ("{asset}-Einzahlung nicht gutgeschrieben",),
        "trading": ("Auffälliger Ausführungspreis bei Order {order}",),
        "api": ("API liefert ständig 429",),
        "fees": ("Frage zu meiner Gebührenstufe",),
        "kyc": ("KYC-Unterlagen für das Firmenkonto",),
        "other": ("Steuerbericht für das letzte Jahr",),
    },
    openers={
        "account_security": (
            "Hallo, ich habe mein Handy gewechselt und komme nicht mehr an meinen Authenticator. "
            "Bitte 2FA zurücksetzen.",
            "Ich habe eine Warnung über eine Anmeldung aus {city} bekommen — das war nicht ich. "
            "Passwort ist geändert; bitte prüfen Sie, ob etwas abgezogen wurde.",
        ),
        "withdrawal": (
            "Meine Auszahlung über {amount} {asset} steht seit über drei Stunden auf 'in "
            "Bearbeitung'.",
        ),
        "deposit": (
            "Ich habe vor zwei Stunden {amount} {asset} eingezahlt, der Saldo hat sich nicht "
            "geändert. Tx: {tx}",
        ),
        "trading": (
            "Order {order} auf {pair} wurde weit weg vom Markpreis ausgeführt. Bitte prüfen.",
        ),
        "api": (
            "Seit gestern bekommen wir 429 auf dem Order-Endpunkt, Schlüssel endet auf {key}.",
        ),
        "fees": (
            "Mein 30-Tage-Volumen liegt über der Schwelle der nächsten Stufe, die Gebühren sind "
            "aber gleich.",
        ),
        "kyc": ("Handelsregisterauszug und Gesellschafterliste sind hochgeladen. Was fehlt noch?",),
        "other": (
            "Ich brauche die vollständige Transaktionshistorie des letzten Jahres für meinen "
            "Steuerberater.",
        ),
    },
    scenarios=_SCENARIOS,
    generic_replies=(
        "Hallo {first}, danke für Ihre Nachricht. Ich kläre das gerade mit dem Team.",
        "Danke für die Details, ich kümmere mich mit Priorität darum.",
    ),
    generic_ask=("Könnten Sie uns einen Screenshot und die genaue Uhrzeit (UTC) schicken?",),
    generic_resolutions=(
        "Erledigt — entschuldigen Sie die Unannehmlichkeiten.",
        "Alles geklärt. Melden Sie sich gern, wenn noch etwas ist.",
    ),
    client_info=("Anbei die gewünschten Unterlagen.", "Habe es eben hochgeladen."),
    chasers=("Gibt es schon Neuigkeiten?", "Ich warte immer noch, es ist dringend."),
    thanks=("Angekommen, vielen Dank!", "Super, danke für die schnelle Hilfe."),
    holding=("Wir sind noch dran und melden uns, sobald wir Rückmeldung haben.",),
)

FR = LangText(
    subjects={
        "account_security": (
            "Réinitialisation 2FA — téléphone perdu",
            "Connexion suspecte depuis {city}",
        ),
        "withdrawal": ("Retrait {asset} bloqué depuis des heures",),
        "deposit": ("Dépôt {asset} non crédité",),
        "trading": ("Prix d'exécution anormal sur l'ordre {order}",),
        "api": ("Erreurs 429 sur l'API",),
        "fees": ("Question sur mon niveau de frais",),
        "kyc": ("Documents KYC pour le compte société",),
        "other": ("Relevé fiscal de l'année dernière",),
    },
    openers={
        "account_security": (
            "Bonjour, j'ai changé de téléphone et perdu mon authentificateur. Pouvez-vous "
            "réinitialiser la 2FA ?",
            "J'ai reçu une alerte de connexion depuis {city}, ce n'était pas moi. J'ai changé "
            "mon mot de passe ; pouvez-vous vérifier que rien n'a été retiré ?",
        ),
        "withdrawal": (
            "Mon retrait de {amount} {asset} est « en cours » depuis plus de trois heures.",
        ),
        "deposit": (
            "J'ai déposé {amount} {asset} il y a deux heures, le solde n'a pas bougé. Tx : {tx}",
        ),
        "trading": ("L'ordre {order} sur {pair} a été exécuté très loin du prix de marque.",),
        "api": (
            "Depuis hier nous recevons des 429 sur l'endpoint des ordres, clé finissant par "
            "{key}.",
        ),
        "fees": (
            "Mon volume sur 30 jours dépasse le seuil du niveau suivant mais mes frais n'ont pas "
            "changé.",
        ),
        "kyc": ("J'ai téléversé le Kbis et la liste des dirigeants. Que manque-t-il ?",),
        "other": ("J'ai besoin de l'historique complet de l'an dernier pour mon comptable.",),
    },
    scenarios=_SCENARIOS,
    generic_replies=(
        "Bonjour {first}, merci pour votre message. Je vérifie avec l'équipe.",
        "Merci pour ces précisions, je m'en occupe en priorité.",
    ),
    generic_ask=("Pourriez-vous nous envoyer une capture d'écran et l'heure exacte (UTC) ?",),
    generic_resolutions=(
        "C'est réglé — toutes nos excuses pour la gêne occasionnée.",
        "Tout est en ordre. N'hésitez pas si besoin.",
    ),
    client_info=("Voici les documents demandés.", "C'est envoyé, merci de vérifier."),
    chasers=("Des nouvelles ?", "J'attends toujours, c'est urgent."),
    thanks=("Bien reçu, merci !", "Parfait, merci pour votre réactivité."),
    holding=("Nous suivons le dossier et revenons vers vous dès que possible.",),
)

RU = LangText(
    subjects={
        "account_security": (
            "Сброс 2FA — потерял телефон",
            "Подозрительный вход из города {city}",
        ),
        "withdrawal": ("Вывод {asset} завис",),
        "deposit": ("Депозит {asset} не зачислен",),
        "trading": ("Странная цена исполнения ордера {order}",),
        "api": ("Постоянные ошибки 429 в API",),
        "fees": ("Вопрос по уровню комиссий",),
        "kyc": ("Документы KYC для корпоративного аккаунта",),
        "other": ("Отчёт для налоговой за прошлый год",),
    },
    openers={
        "account_security": (
            "Здравствуйте, сменил телефон и потерял доступ к аутентификатору. Помогите сбросить "
            "2FA.",
            "Пришло уведомление о входе из города {city}, это был не я. Пароль уже сменил, "
            "проверьте, пожалуйста, не выводились ли средства.",
        ),
        "withdrawal": (
            "Вывод {amount} {asset} уже больше трёх часов в статусе «в обработке». Проверьте, "
            "пожалуйста.",
        ),
        "deposit": (
            "Отправил {amount} {asset} два часа назад, подтверждений достаточно, а баланс не "
            "изменился. Tx: {tx}",
        ),
        "trading": (
            "Ордер {order} по {pair} исполнился далеко от маркировочной цены. Прошу проверить.",
        ),
        "api": (
            "Со вчерашнего дня получаем 429 на создании ордеров, ключ заканчивается на {key}.",
        ),
        "fees": ("Мой объём за 30 дней выше порога следующего уровня, а комиссии прежние.",),
        "kyc": ("Загрузил устав и список директоров. Чего ещё не хватает?",),
        "other": ("Нужна полная история операций за прошлый год для бухгалтера.",),
    },
    scenarios=_SCENARIOS,
    generic_replies=(
        "Здравствуйте, {first}! Спасибо за обращение, уточняю у команды.",
        "Спасибо за подробности, занимаюсь в приоритетном порядке.",
    ),
    generic_ask=("Пришлите, пожалуйста, скриншот и точное время (UTC).",),
    generic_resolutions=(
        "Готово, вопрос решён. Приносим извинения за неудобства.",
        "Всё исправлено. Если что-то ещё — пишите.",
    ),
    client_info=("Отправил то, что вы просили.", "Загрузил, проверьте, пожалуйста."),
    chasers=("Есть новости?", "Всё ещё жду, это срочно."),
    thanks=("Получил, спасибо!", "Отлично, спасибо за помощь."),
    holding=("Продолжаем разбираться, сообщу, как только будет ответ.",),
)

PT = LangText(
    subjects={
        "account_security": (
            "Redefinir 2FA — perdi o celular",
            "Alerta de login suspeito de {city}",
        ),
        "withdrawal": ("Saque de {asset} travado",),
        "deposit": ("Depósito de {asset} não creditado",),
        "trading": ("Preço de execução estranho na ordem {order}",),
        "api": ("Erros 429 na API",),
        "fees": ("Dúvida sobre meu nível de taxas",),
        "kyc": ("Documentos KYC da conta empresarial",),
        "other": ("Relatório para o imposto de renda",),
    },
    openers={
        "account_security": (
            "Olá, troquei de celular e perdi o autenticador. Vocês podem redefinir o 2FA?",
            "Recebi um alerta de login de {city} e não fui eu. Já troquei a senha; podem "
            "verificar se algo foi sacado?",
        ),
        "withdrawal": (
            "Meu saque de {amount} {asset} está em processamento há mais de três horas.",
        ),
        "deposit": ("Depositei {amount} {asset} há duas horas e o saldo não mudou. Tx: {tx}",),
        "trading": ("A ordem {order} em {pair} foi executada muito longe do preço de marcação.",),
        "api": ("Desde ontem recebemos 429 no endpoint de ordens, chave terminando em {key}.",),
        "fees": (
            "Meu volume de 30 dias passou do limite do próximo nível, mas as taxas não mudaram.",
        ),
        "kyc": ("Enviei o contrato social e a lista de diretores. O que falta?",),
        "other": ("Preciso do histórico completo do ano passado para o meu contador.",),
    },
    scenarios=_SCENARIOS,
    generic_replies=(
        "Olá {first}, obrigado pelo contato. Estou verificando com a equipe.",
        "Obrigado pelos detalhes, estou tratando com prioridade.",
    ),
    generic_ask=("Pode nos enviar um print e o horário exato (UTC)?",),
    generic_resolutions=(
        "Pronto, resolvido. Desculpe o transtorno.",
        "Tudo certo. Qualquer coisa, estamos à disposição.",
    ),
    client_info=("Segue o que vocês pediram.", "Enviei agora, podem conferir."),
    chasers=("Alguma novidade?", "Ainda aguardando, é urgente."),
    thanks=("Recebido, obrigado!", "Perfeito, obrigado pela ajuda rápida."),
    holding=("Seguimos verificando e aviso assim que tiver retorno.",),
)
