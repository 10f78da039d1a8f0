"""Who the demo VIP clients are: the markets they come from, their names, phones and mail.

Pure data plus a few tiny formatters, used by :mod:`vipclient.sandbox.seed`. Names are kept
as ``(native, romanised)`` pairs so a display name can be in the client's own script while
the e-mail address stays ASCII, the way real sign-ups look. Phone numbers use each country's
mobile prefixes with random subscriber digits; company names and domains are invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

NamePair = tuple[str, str]  # (as written in the client's script, romanised for e-mail)


def _pairs(text: str) -> tuple[NamePair, ...]:
    """``"王:wang 李:li"`` → ``(("王", "wang"), ("李", "li"))``; ``_`` stands for a space."""
    out: list[NamePair] = []
    for item in text.split():
        native, roman = item.split(":")
        out.append((native.replace("_", " "), roman.replace("_", " ")))
    return tuple(out)


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n)


PhoneFormat = Callable[[random.Random], str]


def _phone_cn(rng: random.Random) -> str:
    return f"+86 1{rng.choice('3589')}{rng.randrange(10)} {_digits(rng, 4)} {_digits(rng, 4)}"


def _phone_hk(rng: random.Random) -> str:
    return f"+852 {rng.choice('569')}{_digits(rng, 3)} {_digits(rng, 4)}"


def _phone_tw(rng: random.Random) -> str:
    return f"+886 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"


def _phone_jp(rng: random.Random) -> str:
    return f"+81 {rng.choice(('70', '80', '90'))}-{_digits(rng, 4)}-{_digits(rng, 4)}"


def _phone_kr(rng: random.Random) -> str:
    return f"+82 10-{_digits(rng, 4)}-{_digits(rng, 4)}"


def _phone_ae(rng: random.Random) -> str:
    return f"+971 5{rng.choice('02458')} {_digits(rng, 3)} {_digits(rng, 4)}"


def _phone_sa(rng: random.Random) -> str:
    return f"+966 5{rng.choice('03456')} {_digits(rng, 3)} {_digits(rng, 4)}"


def _phone_qa(rng: random.Random) -> str:
    return f"+974 {rng.choice('3567')}{_digits(rng, 3)} {_digits(rng, 4)}"


def _phone_de(rng: random.Random) -> str:
    return f"+49 1{rng.choice(('51', '52', '60', '70', '76'))} {_digits(rng, 8)}"


def _phone_ch(rng: random.Random) -> str:
    return f"+41 7{rng.choice('6789')} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"


def _phone_fr(rng: random.Random) -> str:
    pairs = " ".join(_digits(rng, 2) for _ in range(4))
    return f"+33 {rng.choice('67')} {pairs}"


def _phone_es(rng: random.Random) -> str:
    return f"+34 6{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"


def _phone_gb(rng: random.Random) -> str:
    return f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}"


def _phone_nl(rng: random.Random) -> str:
    return f"+31 6 {_digits(rng, 8)}"


def _phone_ru(rng: random.Random) -> str:
    return f"+7 9{_digits(rng, 2)} {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}"


def _phone_nanp(rng: random.Random) -> str:
    # 555-01xx is the block reserved for fiction, so no real person is dialled from a demo.
    area = rng.choice(("212", "305", "415", "646", "702", "312", "416", "604", "786"))
    return f"+1 {area} 555 01{_digits(rng, 2)}"


def _phone_br(rng: random.Random) -> str:
    return f"+55 {rng.choice(('11', '21', '31', '41'))} 9{_digits(rng, 4)}-{_digits(rng, 4)}"


def _phone_mx(rng: random.Random) -> str:
    return f"+52 {rng.choice(('55', '33', '81'))} {_digits(rng, 4)} {_digits(rng, 4)}"


def _phone_ar(rng: random.Random) -> str:
    return f"+54 9 11 {_digits(rng, 4)}-{_digits(rng, 4)}"


@dataclass(frozen=True, slots=True)
class Locale:
    """One market the VIP book draws clients from."""

    region: str  # ISO 3166-1 alpha-2
    weight: int  # relative share of the book
    languages: tuple[tuple[tuple[str, ...], int], ...]  # language lists with weights
    timezones: tuple[str, ...]
    family: tuple[NamePair, ...]
    given: tuple[NamePair, ...]
    order: str  # "fg" (family given, no space), "f g" (with space) or "g f"
    mail: tuple[str, ...]
    phone: PhoneFormat
    companies: tuple[NamePair, ...]  # (display name, mail domain) of institutional clients


_CN_FAMILY = _pairs(
    "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
    "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 林:lin 罗:luo 高:gao 郑:zheng 梁:liang 谢:xie "
    "宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao"
)
_CN_GIVEN = _pairs(
    "小明:xiaoming 伟:wei 芳:fang 娜:na 敏:min 静:jing 磊:lei 军:jun 洋:yang 勇:yong 杰:jie "
    "涛:tao 超:chao 建华:jianhua 志强:zhiqiang 晓东:xiaodong 海燕:haiyan 子豪:zihao "
    "欣怡:xinyi 浩然:haoran 梓涵:zihan 一鸣:yiming 思远:siyuan 雨桐:yutong 俊杰:junjie "
    "佳琪:jiaqi 文博:wenbo 婉清:wanqing 天宇:tianyu 晨曦:chenxi 立新:lixin 国平:guoping"
)
_HK_FAMILY = _pairs(
    "陳:chan 黃:wong 李:lee 張:cheung 梁:leung 林:lam 劉:lau 吳:ng 何:ho 郭:kwok "
    "鄭:cheng 周:chow 馮:fung 蔡:choi"
)
_HK_GIVEN = _pairs(
    "志偉:chiwai 嘉欣:kayan 家豪:kaho 美玲:meiling 俊傑:chunkit 詠詩:wingsze 偉明:waiming "
    "曉彤:hiutung 浩賢:hoyin 凱琳:hoilam 子軒:tszhin 穎兒:wingyee"
)
_TW_FAMILY = _pairs(
    "陳:chen 林:lin 黃:huang 張:chang 李:lee 王:wang 吳:wu 劉:liu 蔡:tsai 楊:yang 許:hsu "
    "鄭:cheng 謝:hsieh 郭:kuo"
)
_TW_GIVEN = _pairs(
    "冠宇:kuanyu 怡君:yichun 家瑋:chiawei 雅婷:yating 承恩:chengen 宜蓁:yichen "
    "柏翰:pohan 詩涵:shihhan 宗翰:tsunghan 佩珊:peishan 俊宏:chunhung 欣妤:hsinyu"
)
_JP_FAMILY = _pairs(
    "佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 山本:yamamoto "
    "中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 松本:matsumoto "
    "井上:inoue 木村:kimura 清水:shimizu"
)
_JP_GIVEN = _pairs(
    "健:ken 翔太:shota 大輔:daisuke 陽子:yoko 美咲:misaki 拓也:takuya 直樹:naoki "
    "由美:yumi 蓮:ren さくら:sakura 悠斗:yuto 結衣:yui 誠:makoto 真由美:mayumi "
    "浩二:koji 彩花:ayaka 隆:takashi 恵:megumi"
)
_KR_FAMILY = _pairs(
    "김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han "
    "오:oh 서:seo 신:shin"
)
_KR_GIVEN = _pairs(
    "민준:minjun 서연:seoyeon 지호:jiho 하은:haeun 도윤:doyun 지우:jiwoo 서준:seojun "
    "수빈:subin 현우:hyunwoo 예린:yerin 성민:sungmin 지영:jiyoung 동현:donghyun "
    "은지:eunji 재원:jaewon 유진:yujin"
)
_AR_FAMILY = _pairs(
    "العتيبي:alotaibi القحطاني:alqahtani الشمري:alshammari المنصوري:almansoori "
    "الهاشمي:alhashimi الدوسري:aldosari الكعبي:alkaabi النعيمي:alnuaimi الزعابي:alzaabi "
    "الغامدي:alghamdi المهيري:almheiri الحربي:alharbi"
)
_AR_GIVEN = _pairs(
    "محمد:mohammed أحمد:ahmed عبدالله:abdullah خالد:khalid فيصل:faisal سلطان:sultan "
    "نورة:noura فاطمة:fatima مريم:maryam ريم:reem سعود:saud حمد:hamad عمر:omar "
    "لطيفة:latifa يوسف:yousef هند:hind"
)
_DE_FAMILY = _pairs(
    "Müller:mueller Schmidt:schmidt Schneider:schneider Fischer:fischer Weber:weber "
    "Wagner:wagner Becker:becker Hoffmann:hoffmann Schäfer:schaefer Koch:koch Richter:richter"
)
_DE_GIVEN = _pairs(
    "Lukas:lukas Anna:anna Felix:felix Lena:lena Jonas:jonas Marie:marie Tobias:tobias "
    "Sophie:sophie Maximilian:max Katharina:katharina Jan:jan Laura:laura"
)
_FR_FAMILY = _pairs(
    "Dubois:dubois Martin:martin Bernard:bernard Laurent:laurent Moreau:moreau "
    "Lefèvre:lefevre Girard:girard Fontaine:fontaine Rousseau:rousseau Mercier:mercier"
)
_FR_GIVEN = _pairs(
    "Camille:camille Louis:louis Chloé:chloe Hugo:hugo Léa:lea Antoine:antoine "
    "Manon:manon Julien:julien Élodie:elodie Mathieu:mathieu"
)
_ES_FAMILY = _pairs(
    "García:garcia Fernández:fernandez Martínez:martinez López:lopez Sánchez:sanchez "
    "Romero:romero Navarro:navarro Torres:torres Ruiz:ruiz Moreno:moreno"
)
_ES_GIVEN = _pairs(
    "Javier:javier Lucía:lucia Pablo:pablo Carmen:carmen Alejandro:alejandro Sofía:sofia "
    "Diego:diego Valentina:valentina Martín:martin Isabel:isabel"
)
_GB_FAMILY = _pairs(
    "Smith:smith Jones:jones Taylor:taylor Brown:brown Wilson:wilson Evans:evans "
    "Thompson:thompson Hughes:hughes Wright:wright Walker:walker Clarke:clarke"
)
_GB_GIVEN = _pairs(
    "Oliver:oliver Charlotte:charlotte James:james Emily:emily Harry:harry Amelia:amelia "
    "George:george Isla:isla William:william Grace:grace"
)
_NL_FAMILY = _pairs(
    "de_Jong:dejong Jansen:jansen de_Vries:devries van_den_Berg:vandenberg Bakker:bakker "
    "Visser:visser Smit:smit Meijer:meijer"
)
_NL_GIVEN = _pairs("Daan:daan Sem:sem Emma:emma Julia:julia Lars:lars Sanne:sanne Thijs:thijs")
_RU_FAMILY = _pairs(
    "Иванов:ivanov Смирнов:smirnov Кузнецов:kuznetsov Попов:popov Волков:volkov "
    "Соколов:sokolov Морозов:morozov Лебедев:lebedev"
)
_RU_GIVEN = _pairs(
    "Дмитрий:dmitry Алексей:alexey Сергей:sergey Андрей:andrey Михаил:mikhail "
    "Иван:ivan Артём:artem Николай:nikolay"
)
_US_FAMILY = _pairs(
    "Johnson:johnson Williams:williams Miller:miller Davis:davis Anderson:anderson "
    "Martinez:martinez Robinson:robinson Clark:clark Lewis:lewis Young:young Nguyen:nguyen "
    "Patel:patel Cohen:cohen"
)
_US_GIVEN = _pairs(
    "Michael:michael Sarah:sarah David:david Jessica:jessica Daniel:daniel Ashley:ashley "
    "Ryan:ryan Megan:megan Kevin:kevin Rachel:rachel Brandon:brandon Olivia:olivia"
)
_BR_FAMILY = _pairs(
    "Silva:silva Souza:souza Oliveira:oliveira Santos:santos Pereira:pereira Costa:costa "
    "Rodrigues:rodrigues Almeida:almeida Carvalho:carvalho Ferreira:ferreira"
)
_BR_GIVEN = _pairs(
    "João:joao Ana:ana Pedro:pedro Mariana:mariana Lucas:lucas Beatriz:beatriz "
    "Gabriel:gabriel Larissa:larissa Rafael:rafael Camila:camila"
)
_LATAM_FAMILY = _pairs(
    "Hernández:hernandez Ramírez:ramirez Gómez:gomez Díaz:diaz Flores:flores "
    "Castillo:castillo Vargas:vargas Mendoza:mendoza Rojas:rojas"
)
_LATAM_GIVEN = _pairs(
    "Carlos:carlos Sofía:sofia Diego:diego Valentina:valentina Alejandro:alejandro "
    "Camila:camila Mateo:mateo Fernanda:fernanda Santiago:santiago Ximena:ximena"
)

LOCALES: tuple[Locale, ...] = (
    Locale(
        "CN", 24, ((("zh",), 2), (("zh", "en"), 3)),
        ("Asia/Shanghai",), _CN_FAMILY, _CN_GIVEN, "fg",
        ("qq.com", "163.com", "126.com", "foxmail.com", "gmail.com", "outlook.com"), _phone_cn,
        _pairs("恒远资本:hengyuan-cap.cn 蓝海量化:lanhai-quant.com 深圳鼎盛投资:dingsheng-inv.cn "
               "上海星河资产管理:xinghe-am.com"),
    ),
    Locale(
        "HK", 7, ((("zh", "en"), 4), (("en", "zh"), 1)),
        ("Asia/Hong_Kong",), _HK_FAMILY, _HK_GIVEN, "fg",
        ("gmail.com", "yahoo.com.hk", "outlook.com", "netvigator.com"), _phone_hk,
        _pairs("維港量化基金:harbourquant.hk 太平山資本:peakcapital.hk "
               "金鐘家族辦公室:admiraltyfo.hk"),
    ),
    Locale(
        "TW", 5, ((("zh",), 2), (("zh", "en"), 3)),
        ("Asia/Taipei",), _TW_FAMILY, _TW_GIVEN, "fg",
        ("gmail.com", "yahoo.com.tw", "hotmail.com"), _phone_tw,
        _pairs("信義量化交易:xinyi-quant.tw 台北鼎新資本:dingxin-capital.tw"),
    ),
    Locale(
        "JP", 9, ((("ja",), 3), (("ja", "en"), 2)),
        ("Asia/Tokyo",), _JP_FAMILY, _JP_GIVEN, "f g",
        ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"), _phone_jp,
        _pairs("株式会社さくらキャピタル:sakura-cap.jp 東京デジタルアセット合同会社:tokyo-da.jp "
               "みなとトレーディング株式会社:minato-trading.jp"),
    ),
    Locale(
        "KR", 9, ((("ko",), 3), (("ko", "en"), 2)),
        ("Asia/Seoul",), _KR_FAMILY, _KR_GIVEN, "fg",
        ("naver.com", "kakao.com", "gmail.com", "daum.net"), _phone_kr,
        _pairs("한빛자산운용:hanbit-am.kr 서울퀀트랩:seoulquant.kr 누리디지털에셋:nuri-digital.kr"),
    ),
    Locale(
        "AE", 6, ((("ar", "en"), 3), (("en", "ar"), 2)),
        ("Asia/Dubai",), _AR_FAMILY, _AR_GIVEN, "g f",
        ("gmail.com", "outlook.com", "icloud.com", "eim.ae"), _phone_ae,
        _pairs("النور_كابيتال:alnoor-capital.ae مكتب_الخليج_العائلي:gulf-fo.ae "
               "صحارى_للتداول:sahara-trading.ae"),
    ),
    Locale(
        "SA", 5, ((("ar", "en"), 4), (("ar",), 1)),
        ("Asia/Riyadh",), _AR_FAMILY, _AR_GIVEN, "g f",
        ("gmail.com", "outlook.com", "hotmail.com"), _phone_sa,
        _pairs("الرياض_للاستثمار_الرقمي:riyadh-digital.sa مجموعة_نجد_القابضة:najd-holding.sa"),
    ),
    Locale(
        "QA", 2, ((("ar", "en"), 1),),
        ("Asia/Qatar",), _AR_FAMILY, _AR_GIVEN, "g f",
        ("gmail.com", "outlook.com"), _phone_qa,
        _pairs("اللؤلؤة_كابيتال:pearl-capital.qa"),
    ),
    Locale(
        "DE", 5, ((("de", "en"), 1),),
        ("Europe/Berlin",), _DE_FAMILY, _DE_GIVEN, "g f",
        ("gmx.de", "web.de", "gmail.com", "posteo.de"), _phone_de,
        _pairs("Rheinblick_Capital_GmbH:rheinblick.de Nordlicht_Trading_AG:nordlicht-trading.de"),
    ),
    Locale(
        "CH", 2, ((("de", "en"), 2), (("fr", "en"), 1)),
        ("Europe/Zurich",), _DE_FAMILY, _DE_GIVEN, "g f",
        ("bluewin.ch", "gmail.com", "proton.me"), _phone_ch,
        _pairs("Alpenquant_AG:alpenquant.ch Lac_Léman_Family_Office:leman-fo.ch"),
    ),
    Locale(
        "FR", 3, ((("fr", "en"), 1),),
        ("Europe/Paris",), _FR_FAMILY, _FR_GIVEN, "g f",
        ("orange.fr", "gmail.com", "free.fr", "outlook.fr"), _phone_fr,
        _pairs("Seine_Arbitrage_SAS:seine-arbitrage.fr"),
    ),
    Locale(
        "ES", 2, ((("es", "en"), 1),),
        ("Europe/Madrid",), _ES_FAMILY, _ES_GIVEN, "g f",
        ("gmail.com", "hotmail.es", "outlook.es"), _phone_es,
        _pairs("Ibérica_Digital_Capital:iberica-dc.es"),
    ),
    Locale(
        "GB", 5, ((("en",), 1),),
        ("Europe/London",), _GB_FAMILY, _GB_GIVEN, "g f",
        ("gmail.com", "outlook.com", "btinternet.com", "icloud.com"), _phone_gb,
        _pairs("Thames_Liquidity_Partners_LLP:thamesliquidity.co.uk "
               "Canary_Quant_Ltd:canaryquant.co.uk"),
    ),
    Locale(
        "NL", 1, ((("nl", "en"), 1),),
        ("Europe/Amsterdam",), _NL_FAMILY, _NL_GIVEN, "g f",
        ("gmail.com", "ziggo.nl", "outlook.com"), _phone_nl,
        _pairs("Grachten_Capital_BV:grachten-capital.nl"),
    ),
    Locale(
        "RU", 3, ((("ru",), 1), (("ru", "en"), 2)),
        ("Europe/Moscow",), _RU_FAMILY, _RU_GIVEN, "g f",
        ("yandex.ru", "mail.ru", "gmail.com", "proton.me"), _phone_ru,
        _pairs("Невский_Капитал:nevsky-capital.com"),
    ),
    Locale(
        "US", 7, ((("en",), 5), (("en", "es"), 1)),
        ("America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"),
        _US_FAMILY, _US_GIVEN, "g f",
        ("gmail.com", "yahoo.com", "icloud.com", "outlook.com"), _phone_nanp,
        _pairs("Northbridge_Trading_LLC:northbridge-trading.com "
               "Granite_Peak_Capital:granitepeak.capital Hudson_Digital_Partners:hudsondp.com"),
    ),
    Locale(
        "CA", 2, ((("en",), 3), (("en", "fr"), 1)),
        ("America/Toronto", "America/Vancouver"), _US_FAMILY + _GB_FAMILY, _US_GIVEN, "g f",
        ("gmail.com", "outlook.com", "rogers.com"), _phone_nanp,
        _pairs("Maple_Ledger_Capital:mapleledger.ca"),
    ),
    Locale(
        "BR", 3, ((("pt", "en"), 2), (("pt",), 1)),
        ("America/Sao_Paulo",), _BR_FAMILY, _BR_GIVEN, "g f",
        ("gmail.com", "uol.com.br", "hotmail.com", "bol.com.br"), _phone_br,
        _pairs("Paulista_Cripto_Investimentos:paulistacripto.com.br"),
    ),
    Locale(
        "MX", 2, ((("es", "en"), 1), (("es",), 1)),
        ("America/Mexico_City",), _LATAM_FAMILY, _LATAM_GIVEN, "g f",
        ("gmail.com", "hotmail.com", "outlook.com"), _phone_mx,
        _pairs("Azteca_Digital_Capital:aztecadc.mx"),
    ),
    Locale(
        "AR", 1, ((("es",), 1), (("es", "en"), 1)),
        ("America/Argentina/Buenos_Aires",), _LATAM_FAMILY, _LATAM_GIVEN, "g f",
        ("gmail.com", "hotmail.com", "yahoo.com.ar"), _phone_ar,
        _pairs("Pampa_Trading_SA:pampatrading.com.ar"),
    ),
)


def display_name(locale: Locale, family: str, given: str) -> str:
    if locale.order == "fg":
        return family + given
    if locale.order == "f g":
        return f"{family} {given}"
    return f"{given} {family}"


def mail_local(rng: random.Random, family: str, given: str) -> str:
    """A plausible mailbox name from romanised parts (``wang.xiaoming88``, ``k.sato`` …)."""
    family = family.replace(" ", "")
    given = given.replace(" ", "")
    pick = rng.randrange(6)
    if pick == 0:
        return f"{given}.{family}"
    if pick == 1:
        return f"{family}.{given}{rng.randrange(10, 99)}"
    if pick == 2:
        return f"{given[0]}.{family}"
    if pick == 3:
        return f"{given}{family}{rng.randrange(1970, 2004)}"
    if pick == 4:
        return f"{family}{given[0]}{rng.randrange(100, 999)}"
    return f"{given}_{family}"


# The script a locale's names are written in, as the language whose threads share it.
_NAME_SCRIPT = {"CN": "zh", "HK": "zh", "TW": "zh", "JP": "ja", "KR": "ko", "AE": "ar",
                "SA": "ar", "QA": "ar", "RU": "ru"}
_LATIN_LANGUAGES = frozenset({"en", "es", "de", "fr", "pt", "nl"})
# How staff greet a company's desk when its name is in another script than the thread.
_TEAM_WORD = {"en": "team", "es": "equipo", "de": "Team", "fr": "l'équipe", "pt": "equipe",
              "ru": "коллеги", "zh": "各位", "ja": "ご担当者", "ko": "담당자", "ar": "فريق العمل"}


def same_script(locale: Locale, language: str) -> bool:
    """Whether a thread in ``language`` can greet a client of ``locale`` by their own name."""
    script = _NAME_SCRIPT.get(locale.region)
    if script is None:
        return language in _LATIN_LANGUAGES
    return script == language


def greeting_name(
    locale: Locale, language: str, native: str, given_roman: str, institution: bool
) -> str:
    """The name staff use in a reply: the client's own in a thread of the same script,
    otherwise the romanised given name (or, for a company, the local word for its team)."""
    if same_script(locale, language):
        return native
    if institution:
        return _TEAM_WORD.get(language, "team")
    return given_roman.replace(" ", "").title()
