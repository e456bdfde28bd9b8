#include "DemoShopGenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <type_traits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

using Driver = ShopSettings::Driver;

// ---------------------------------------------------------------------------------------------
// Randomness: xoshiro256** seeded through splitmix64. Own code, so the content does not depend on
// the standard library's distributions. Every product and customer has its own stream (derived from
// the seed and its index), so either can be recomputed when an order needs it.

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 state = seed;
        for (auto &word : m_s)
            word = splitmix64(state);
    }
    DemoRandom(quint64 seed, quint64 stream, quint64 index)
        : DemoRandom(mix(seed, stream, index))
    { }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // 0 <= result < n (n > 0); Lemire's multiply-shift, bias far below anything visible here.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    bool perMille(int p) { return int(below(1000)) < p; }
    // Index skewed towards 0: (u^2) * n with u uniform in [0, 1) (24 bits, so a million items all get a chance).
    quint32 skewed(quint32 n)
    {
        const quint64 u = next() >> 40;
        return quint32((((u * u) >> 16) * quint64(n)) >> 32);
    }
    template<typename T> const T &pick(std::span<const T> items) { return items[below(quint32(items.size()))]; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 mix(quint64 seed, quint64 stream, quint64 index)
    {
        quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        splitmix64(state);
        state ^= index * 0x9E3779B97F4A7C15ULL;
        return splitmix64(state);
    }

    std::array<quint64, 4> m_s {};
};

enum Stream : quint64 { ProductStream = 1, CustomerStream = 2, OrderStream = 3, ModificationStream = 4 };

// ---------------------------------------------------------------------------------------------
// Fixed content.

struct Vendor
{
    QStringView name;
    QStringView country;
};

constexpr Vendor kVendors[] = {
    { u"Nike", u"США" },
    { u"Adidas", u"Германия" },
    { u"Puma", u"Германия" },
    { u"Gloria Jeans", u"Россия" },
    { u"Zolla", u"Россия" },
    { u"Befree", u"Россия" },
    { u"Ecco", u"Дания" },
    { u"Rieker", u"Германия" },
    { u"Samsung", u"Южная Корея" },
    { u"Xiaomi", u"Китай" },
    { u"Apple", u"США" },
    { u"Lenovo", u"Китай" },
    { u"ASUS", u"Тайвань" },
    { u"JBL", u"США" },
    { u"Sony", u"Япония" },
    { u"Tefal", u"Франция" },
    { u"Bosch", u"Германия" },
    { u"Redmond", u"Россия" },
    { u"Lavazza", u"Италия" },
    { u"Жокей", u"Россия" },
    { u"Ahmad Tea", u"Великобритания" },
    { u"Фабрика «Заря»", u"Россия" },
    { u"Marks & Spencer", u"Великобритания" },
};

constexpr QStringView kAdultSizes[] = { u"XS", u"S", u"M", u"L", u"XL", u"XXL" };
constexpr QStringView kJeansSizes[] = { u"28", u"30", u"31", u"32", u"34", u"36" };
constexpr QStringView kKidsSizes[] = { u"86", u"92", u"98", u"104", u"110", u"116", u"122", u"128" };
constexpr QStringView kMenShoes[] = { u"40", u"41", u"42", u"43", u"44", u"45", u"46" };
constexpr QStringView kWomenShoes[] = { u"35", u"36", u"37", u"38", u"39", u"40", u"41" };
constexpr QStringView kMemory[] = { u"64 ГБ", u"128 ГБ", u"256 ГБ", u"512 ГБ" };
constexpr QStringView kVolumes[] = { u"2 л", u"3 л", u"4 л", u"5 л" };
constexpr QStringView kPans[] = { u"20 см", u"22 см", u"24 см", u"26 см", u"28 см" };
constexpr QStringView kPacking[] = { u"250 г", u"500 г", u"1 кг" };
constexpr QStringView kColors[] = { u"Чёрный",  u"Белый",   u"Синий",   u"Красный", u"Серый",
                                    u"Зелёный", u"Бежевый", u"Розовый", u"Жёлтый",  u"Синий \"электрик\"" };
constexpr QStringView kModels[] = { u"Basic", u"Classic", u"Comfort", u"Sport", u"Urban",  u"Pro",  u"Lite", u"Air",
                                    u"Max",   u"Style",   u"Prime",   u"Nova",  u"Active", u"Soft", u"Smart" };
constexpr QStringView kMadeIn[] = { u"Россия", u"Китай", u"Вьетнам", u"Турция", u"Бангладеш", u"Италия" };

struct Leaf
{
    QStringView level1, level2, level3;
    QStringView noun; // product name start
    int priceMin, priceMax; // rubles
    int weightMin, weightMax; // grams
    QStringView optionKey; // the option offered per value (and the modification axis), may be empty
    std::span<const QStringView> optionValues;
    bool colors;
    std::span<const int> vendors;
};

constexpr int kVClothes[] = { 0, 1, 2, 3, 4, 22 };
constexpr int kVJeans[] = { 3, 4, 5, 22 };
constexpr int kVJackets[] = { 0, 1, 2, 4 };
constexpr int kVWomen[] = { 3, 4, 5, 22 };
constexpr int kVKids[] = { 3, 21, 2 };
constexpr int kVSport[] = { 0, 1, 2 };
constexpr int kVShoes[] = { 6, 7 };
constexpr int kVAndroid[] = { 8, 9 };
constexpr int kVApple[] = { 10 };
constexpr int kVLaptops[] = { 11, 12 };
constexpr int kVUltra[] = { 10, 11, 12 };
constexpr int kVHeadphones[] = { 10, 13, 14, 9 };
constexpr int kVSpeakers[] = { 13, 14 };
constexpr int kVPots[] = { 15, 21 };
constexpr int kVPans[] = { 15 };
constexpr int kVAppliances[] = { 16, 17, 9 };
constexpr int kVCoffee[] = { 18, 19 };
constexpr int kVTea[] = { 19, 20 };

const Leaf kLeaves[] = {
    { u"Одежда", u"Мужская", u"Футболки", u"Футболка мужская", 490, 2990, 150, 300, u"size", kAdultSizes, true,
      kVClothes },
    { u"Одежда", u"Мужская", u"Джинсы", u"Джинсы мужские", 1990, 7990, 500, 900, u"size", kJeansSizes, true, kVJeans },
    { u"Одежда", u"Мужская", u"Куртки", u"Куртка мужская", 3990, 19990, 800, 2000, u"size", kAdultSizes, true,
      kVJackets },
    { u"Одежда", u"Женская", u"Платья", u"Платье", 1490, 8990, 200, 600, u"size", kAdultSizes, true, kVWomen },
    { u"Одежда", u"Женская", u"Блузки", u"Блузка", 990, 4990, 150, 300, u"size", kAdultSizes, true, kVWomen },
    { u"Одежда", u"Женская", u"Юбки", u"Юбка", 990, 4990, 200, 500, u"size", kAdultSizes, true, kVWomen },
    { u"Одежда", u"Детская", u"Комбинезоны", u"Комбинезон детский", 1490, 5990, 300, 700, u"size", kKidsSizes, true,
      kVKids },
    { u"Одежда", u"Детская", u"Футболки", u"Футболка детская", 290, 1490, 100, 200, u"size", kKidsSizes, true, kVKids },
    { u"Обувь", u"Мужская обувь", u"Кроссовки", u"Кроссовки мужские", 2990, 14990, 700, 1200, u"size", kMenShoes, true,
      kVSport },
    { u"Обувь", u"Мужская обувь", u"Ботинки", u"Ботинки мужские", 3990, 17990, 1200, 2000, u"size", kMenShoes, true,
      kVShoes },
    { u"Обувь", u"Женская обувь", u"Туфли", u"Туфли женские", 2490, 12990, 500, 900, u"size", kWomenShoes, true,
      kVShoes },
    { u"Обувь", u"Женская обувь", u"Сапоги", u"Сапоги женские", 4990, 24990, 1000, 1800, u"size", kWomenShoes, true,
      kVShoes },
    { u"Электроника", u"Смартфоны", u"Android-смартфоны", u"Смартфон", 7990, 89990, 150, 250, u"memory", kMemory, true,
      kVAndroid },
    { u"Электроника", u"Смартфоны", u"iPhone", u"Смартфон", 59990, 159990, 170, 240, u"memory", kMemory, true,
      kVApple },
    { u"Электроника",
      u"Ноутбуки",
      u"Игровые ноутбуки",
      u"Ноутбук игровой",
      69990,
      249990,
      2000,
      3500,
      {},
      {},
      false,
      kVLaptops },
    { u"Электроника", u"Ноутбуки", u"Ультрабуки", u"Ультрабук", 49990, 179990, 1000, 1600, {}, {}, true, kVUltra },
    { u"Электроника",
      u"Аудио",
      u"Наушники",
      u"Наушники беспроводные",
      990,
      39990,
      100,
      400,
      {},
      {},
      true,
      kVHeadphones },
    { u"Электроника",
      u"Аудио",
      u"Портативные колонки",
      u"Колонка портативная",
      1490,
      29990,
      300,
      2000,
      {},
      {},
      true,
      kVSpeakers },
    { u"Дом и кухня", u"Посуда", u"Кастрюли", u"Кастрюля", 990, 7990, 1000, 3000, u"volume", kVolumes, false, kVPots },
    { u"Дом и кухня", u"Посуда", u"Сковороды", u"Сковорода", 790, 5990, 800, 2000, u"size", kPans, false, kVPans },
    { u"Дом и кухня",
      u"Бытовая техника",
      u"Чайники",
      u"Чайник электрический",
      1290,
      9990,
      900,
      1600,
      {},
      {},
      true,
      kVAppliances },
    { u"Дом и кухня",
      u"Бытовая техника",
      u"Пылесосы",
      u"Пылесос",
      4990,
      59990,
      3000,
      8000,
      {},
      {},
      true,
      kVAppliances },
    { u"Продукты", u"Кофе и чай", u"Зерновой кофе", u"Кофе в зёрнах", 390, 2990, 250, 1000, u"packing", kPacking, false,
      kVCoffee },
    { u"Продукты", u"Кофе и чай", u"Листовой чай", u"Чай листовой", 190, 1490, 100, 500, u"packing", kPacking, false,
      kVTea },
};
constexpr int kLeafCount = int(std::size(kLeaves));

// Edge-case product names (products 0..2 whenever there are that many).
constexpr QStringView kEdgeProductNames[] = {
    u"Кофе & чай «Утро» — подарочный набор",
    u"Футболка \"Привет\" <oversize> & 'мир' 😀",
    u"Кружка ☕ «Люблю & ценю» 🎁",
};

constexpr QStringView kMaleFirst[]
    = { u"Александр", u"Дмитрий", u"Максим", u"Сергей", u"Андрей",  u"Алексей", u"Артём", u"Илья",
        u"Кирилл",    u"Михаил",  u"Никита", u"Иван",   u"Евгений", u"Павел",   u"Роман" };
constexpr QStringView kFemaleFirst[]
    = { u"Анна", u"Мария",    u"Елена", u"Ольга", u"Наталья", u"Татьяна",  u"Екатерина", u"Ирина",
        u"Юлия", u"Светлана", u"Дарья", u"Алина", u"Ксения",  u"Виктория", u"Полина" };
constexpr QStringView kLastNames[]
    = { u"Иванов",   u"Смирнов", u"Кузнецов", u"Попов",   u"Васильев", u"Петров",   u"Соколов",
        u"Михайлов", u"Новиков", u"Фёдоров",  u"Морозов", u"Волков",   u"Алексеев", u"Лебедев",
        u"Семёнов",  u"Егоров",  u"Павлов",   u"Козлов",  u"Степанов", u"Николаев" };
constexpr QStringView kMalePatronymics[]
    = { u"Александрович", u"Дмитриевич", u"Сергеевич", u"Андреевич", u"Алексеевич",   u"Михайлович",
        u"Иванович",      u"Евгеньевич", u"Павлович",  u"Романович", u"Владимирович", u"Николаевич" };
constexpr QStringView kFemalePatronymics[]
    = { u"Александровна", u"Дмитриевна", u"Сергеевна", u"Андреевна", u"Алексеевна",   u"Михайловна",
        u"Ивановна",      u"Евгеньевна", u"Павловна",  u"Романовна", u"Владимировна", u"Николаевна" };
constexpr QStringView kMailDomains[]
    = { u"mail.ru", u"yandex.ru", u"gmail.com", u"bk.ru", u"inbox.ru", u"list.ru", u"rambler.ru", u"ya.ru" };

struct City
{
    QStringView region;
    QStringView city;
    int indexBase; // first postal code of the city
    bool metro;
};

constexpr City kCities[] = {
    { u"Москва", u"Москва", 101000, true },
    { u"Москва", u"Москва", 115000, true },
    { u"Московская область", u"Химки", 141400, false },
    { u"Санкт-Петербург", u"Санкт-Петербург", 190000, true },
    { u"Свердловская область", u"Екатеринбург", 620000, true },
    { u"Новосибирская область", u"Новосибирск", 630000, true },
    { u"Республика Татарстан", u"Казань", 420000, true },
    { u"Нижегородская область", u"Нижний Новгород", 603000, true },
    { u"Краснодарский край", u"Краснодар", 350000, false },
    { u"Самарская область", u"Самара", 443000, false },
    { u"Ростовская область", u"Ростов-на-Дону", 344000, false },
    { u"Пермский край", u"Пермь", 614000, false },
};
constexpr QStringView kStreets[]
    = { u"ул. Ленина",     u"ул. Гагарина",   u"пр-т Мира",  u"ул. Советская", u"ул. Пушкина",     u"ул. Садовая",
        u"ул. Молодёжная", u"ш. Энтузиастов", u"ул. Лесная", u"ул. Школьная",  u"наб. Реки Мойки", u"ул. 8 Марта" };
constexpr QStringView kMetro[]
    = { u"Арбатская", u"Пушкинская", u"Таганская", u"ВДНХ", u"Сокол", u"Чкаловская", u"Площадь Восстания", u"Купчино" };
constexpr QStringView kCustomerComments[]
    = { u"Позвоните за час до доставки", u"Домофон не работает, звоните", u"Оставьте у двери", u"Нужен чек",
        u"Доставка после 18:00",         u"Подарок, упакуйте, пожалуйста" };
constexpr QStringView kManagerComments[] = { u"Клиент просил перезвонить", u"Отправлено с трек-номером",
                                             u"Замена размера по звонку", u"Постоянный покупатель" };

struct PromoCode
{
    QStringView code;
    int percent; // 0 → fixed amount
    int fixedRubles;
};
constexpr PromoCode kPromoCodes[] = {
    { u"WELCOME10", 10, 0 },   { u"SALE500", 0, 500 }, { u"ЛЕТО2025", 15, 0 },
    { u"BLACKFRIDAY", 20, 0 }, { u"VIP5", 5, 0 },      { u"FREE0", 0, 0 },
};

// Allowed payments per delivery (index = delivery id).
constexpr std::array<std::array<int, 2>, 5> kDeliveryPayments { { { 0, 0 }, { 1, 2 }, { 1, 2 }, { 2, 3 }, { 2, 3 } } };

// ---------------------------------------------------------------------------------------------
// Formatting helpers.

QString money(qint64 kopecks)
{
    const QString sign = kopecks < 0 ? u"-"_s : QString();
    const qint64 a = kopecks < 0 ? -kopecks : kopecks;
    return sign + QString::number(a / 100) + u'.' + QString::number(a % 100).rightJustified(2, u'0');
}

QString kilograms(qint64 grams)
{
    return QString::number(grams / 1000) + u'.' + QString::number(grams % 1000).rightJustified(3, u'0');
}

// "YYYY-MM-DD HH:MM:SS" of seconds since 1970 (the shop's local clock; no time zone arithmetic).
QString dateTime(qint64 secs)
{
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    char buf[20];
    const int h = int(rem / 3600), mi = int(rem % 3600 / 60), s = int(rem % 60);
    const int parts[] = { int(y), int(m), int(d), h, mi, s };
    // Fixed layout, digits written by hand (snprintf would trip -Wformat-truncation on some compilers).
    auto put = [&buf](int pos, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[pos + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, parts[0], 4);
    buf[4] = '-';
    put(5, parts[1], 2);
    buf[7] = '-';
    put(8, parts[2], 2);
    buf[10] = ' ';
    put(11, parts[3], 2);
    buf[13] = ':';
    put(14, parts[4], 2);
    buf[16] = ':';
    put(17, parts[5], 2);
    buf[19] = '\0';
    return QString::fromLatin1(buf, 19);
}

// "%y%m" of seconds since 1970: the default ms2_order_format_num.
QString yearMonth(qint64 secs)
{
    const QString dt = dateTime(secs);
    return dt.mid(2, 2) + dt.mid(5, 2);
}

// A JSON string the way PHP's json_encode writes it (miniShop2 stores JSON through it): non-ASCII as
// \uXXXX, '/' as "\/".
QString phpJsonString(QStringView text)
{
    QString out;
    out.reserve(text.size() * 2 + 2);
    out += u'"';
    static constexpr char16_t hex[] = u"0123456789abcdef";
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'/':
            out += u"\\/";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (c < 0x20 || c > 0x7e) {
                out += u"\\u";
                out += QChar(hex[(c >> 12) & 0xf]);
                out += QChar(hex[(c >> 8) & 0xf]);
                out += QChar(hex[(c >> 4) & 0xf]);
                out += QChar(hex[c & 0xf]);
            } else {
                out += ch;
            }
        }
    }
    out += u'"';
    return out;
}

QString phpJsonArray(const QList<QStringView> &values)
{
    QString out = u"["_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += u',';
        out += phpJsonString(values[i]);
    }
    out += u']';
    return out;
}

QString transliterate(QStringView text)
{
    static const QHash<QChar, QString> map = [] {
        const QString from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя"_s;
        const QStringList to { u"a"_s,    u"b"_s, u"v"_s,    u"g"_s, u"d"_s,  u"e"_s,  u"e"_s,  u"zh"_s, u"z"_s,
                               u"i"_s,    u"y"_s, u"k"_s,    u"l"_s, u"m"_s,  u"n"_s,  u"o"_s,  u"p"_s,  u"r"_s,
                               u"s"_s,    u"t"_s, u"u"_s,    u"f"_s, u"h"_s,  u"ts"_s, u"ch"_s, u"sh"_s, u"sch"_s,
                               QString(), u"y"_s, QString(), u"e"_s, u"yu"_s, u"ya"_s };
        QHash<QChar, QString> m;
        for (qsizetype i = 0; i < from.size(); ++i)
            m.insert(from.at(i), to.at(i));
        return m;
    }();
    QString out;
    bool dash = false;
    for (const QChar ch : text) {
        const QChar lower = ch.toLower();
        if (const auto it = map.constFind(lower); it != map.constEnd()) {
            out += *it;
            dash = false;
        } else if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            out += lower;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Derived entities. Each is a pure function of (seed, index).

struct ProductSpec
{
    int id = 0;
    int leaf = 0;
    int vendor = 0; // index into kVendors
    QString name;
    QString alias;
    QString article;
    qint64 price = 0; // kopecks
    qint64 oldPrice = 0;
    qint64 weight = 0; // grams
    QList<QStringView> optionValues; // values of leaf.optionKey offered
    QList<QStringView> colors;
    int modifications = 0; // msOptionsPrice2 rows (one per first option values)
    bool published = true;
    bool deleted = false;
    bool isNew = false, popular = false, favorite = false;
    bool image = true;
    int remains = 0, reserved = 0;
    QStringView madeIn;
    int extraLeaf = -1;
};

struct CustomerSpec
{
    int id = 0;
    bool male = true;
    QString fullname;
    QString phone;
    QString mobilephone;
    QString email;
    QString username;
    int city = 0;
    qint64 createdon = 0;
};

QString formatPhone(quint64 digits, int style)
{
    // digits: 10 digits starting with 9.
    const QString d = QString::number(digits);
    switch (style) {
    case 0:
        return u"+7 ("_s + d.left(3) + u") "_s + d.mid(3, 3) + u'-' + d.mid(6, 2) + u'-' + d.mid(8, 2);
    case 1:
        return u"+7"_s + d;
    case 2:
        return u"8"_s + d;
    case 3:
        return u"8 "_s + d.left(3) + u' ' + d.mid(3, 3) + u' ' + d.mid(6, 2) + u' ' + d.mid(8, 2);
    default:
        return u"+7 "_s + d.left(3) + u' ' + d.mid(3, 3) + u'-' + d.mid(6, 2) + u'-' + d.mid(8, 2);
    }
}

QString randomPhone(DemoRandom &rng)
{
    const quint64 digits = 9000000000ULL + quint64(rng.below64(1000000000LL));
    const int r = int(rng.below(100));
    const int style = r < 40 ? 0 : r < 65 ? 1 : r < 85 ? 2 : r < 95 ? 3 : 4;
    return formatPhone(digits, style);
}

struct PersonName
{
    bool male;
    QStringView first, last, patronymic;
};

PersonName randomPerson(DemoRandom &rng)
{
    PersonName p;
    p.male = rng.below(2) == 0;
    p.first = p.male ? rng.pick<QStringView>(kMaleFirst) : rng.pick<QStringView>(kFemaleFirst);
    p.last = rng.pick<QStringView>(kLastNames);
    p.patronymic = p.male ? rng.pick<QStringView>(kMalePatronymics) : rng.pick<QStringView>(kFemalePatronymics);
    return p;
}

QString lastName(const PersonName &p)
{
    return p.male ? p.last.toString() : p.last.toString() + u'а';
}

QString fullName(DemoRandom &rng, const PersonName &p)
{
    const QString last = lastName(p);
    const int r = int(rng.below(100));
    if (r < 76)
        return last + u' ' + p.first + u' ' + p.patronymic;
    if (r < 84)
        return p.first.toString() + u' ' + last;
    if (r < 89)
        return p.first.toString();
    if (r < 93)
        return u"  "_s + last + u"   "_s + p.first + u' ' + p.patronymic + u' ';
    if (r < 96)
        return (last + u' ' + p.first).toLower();
    return last + u' ' + p.first;
}

class Generator final
{
public:
    Generator(QSqlDatabase &db, const DemoShopOptions &options, const DemoShopProgress &progress)
        : m_db(db)
        , m_options(options)
        , m_progress(progress)
    { }

    Status run();

private:
    Status fillReferences();
    Status fillCatalog();
    Status fillCustomers();
    Status fillOrders();

    ProductSpec productSpec(int index) const;
    CustomerSpec customerSpec(int index) const;

    QString table(const QString &name) const { return m_options.prefix + name; }
    QString quote(const QString &name) const
    {
        return m_dialect == Driver::MySql ? u'`' + name + u'`' : u'"' + name + u'"';
    }
    Status exec(const QString &sql, const QVariantList &values = {});
    Status begin();
    Status commit();
    Status reportProgress();

    QString userClassKey() const
    {
        return m_options.generation == MiniShopGeneration::V4_4 ? u"MODX\\Revolution\\modUser"_s : u"modUser"_s;
    }
    QString documentClassKey() const
    {
        return m_options.generation == MiniShopGeneration::V4_4 ? u"MODX\\Revolution\\modDocument"_s : u"modDocument"_s;
    }

    QSqlDatabase &m_db;
    const DemoShopOptions &m_options;
    const DemoShopProgress &m_progress;
    Driver m_dialect = Driver::Sqlite;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_endSecs = 0; // last second of options.lastDay

    // Catalogue layout.
    int m_firstProductId = 0;
    std::vector<int> m_leafCategoryId; // per leaf
    std::vector<QString> m_leafUri;
    std::vector<quint32> m_firstModification; // per product, 0 = none
};

template<typename T> struct IsStringBuilder : std::false_type
{
};
template<typename A, typename B> struct IsStringBuilder<QStringBuilder<A, B>> : std::true_type
{
};

// '' as a bound value (a default-constructed QString would be bound as NULL).
const QString &emptyText()
{
    static const QString empty = u""_s;
    return empty;
}

// ---------------------------------------------------------------------------------------------
// Batched multi-row INSERT with bound values: one prepared statement for full batches, reused.

class RowBatch final
{
public:
    RowBatch(QSqlDatabase &db, Driver dialect, const QString &table, const QStringList &columns)
        : m_db(db)
        , m_table(table)
        , m_columns(int(columns.size()))
    {
        const auto quote = [dialect](const QString &n) -> QString {
            return dialect == Driver::MySql ? u'`' + n + u'`' : u'"' + n + u'"';
        };
        QStringList quoted;
        for (const QString &c : columns)
            quoted << quote(c);
        m_head = u"INSERT INTO "_s + quote(table) + u" ("_s + quoted.join(u", "_s) + u") VALUES "_s;
        QString row = u"("_s;
        for (int i = 0; i < m_columns; ++i)
            row += i ? u",?"_s : u"?"_s;
        row += u')';
        m_row = row;
        // Values per statement: MySQL gains from big statements (fewer round trips); Qt's SQLite driver pays
        // per placeholder for every placeholder of the statement, so small ones are fastest there.
        const int maxValues = dialect == Driver::MySql ? 2000 : 100;
        m_maxRows = std::max(1, std::min(200, maxValues / m_columns));
        m_values.reserve(size_t(m_maxRows * m_columns));
    }

    // Strings go in as text, a null QString as '' (Qt would bind it as NULL); NULL only via nullValue().
    template<typename T> RowBatch &operator<<(const T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            m_values.emplace_back(value.isNull() ? emptyText() : value);
        } else if constexpr (IsStringBuilder<T>::value) {
            const QString text(value);
            m_values.emplace_back(text.isNull() ? emptyText() : text);
        } else {
            static_assert(!std::is_same_v<T, bool> && !std::is_same_v<T, QStringView>, "convert first");
            m_values.emplace_back(QVariant(value));
        }
        return *this;
    }

    Status endRow()
    {
        ++m_pending;
        if (m_values.size() != size_t(m_pending) * size_t(m_columns))
            return Error(ErrorCode::Internal,
                         u"Demo row for %1 has %2 values, expected %3."_s.arg(m_table)
                             .arg(m_values.size() - size_t(m_pending - 1) * size_t(m_columns))
                             .arg(m_columns));
        if (m_pending == m_maxRows)
            return flush();
        return {};
    }

    Status flush()
    {
        if (m_pending == 0)
            return {};
        QSqlQuery partial(m_db);
        QSqlQuery *query = nullptr;
        if (m_pending == m_maxRows) {
            if (!m_full) {
                m_full.emplace(m_db);
                if (!m_full->prepare(sql(m_maxRows)))
                    return failed(*m_full);
            }
            query = &*m_full;
        } else {
            if (!partial.prepare(sql(m_pending)))
                return failed(partial);
            query = &partial;
        }
        for (size_t i = 0; i < m_values.size(); ++i)
            query->bindValue(int(i), m_values[i]);
        if (!query->exec())
            return failed(*query);
        m_written += m_pending;
        m_pending = 0;
        m_values.clear();
        return {};
    }

    qint64 written() const { return m_written; }

private:
    QString sql(int rows) const
    {
        QString s = m_head;
        s.reserve(m_head.size() + rows * (m_row.size() + 1));
        for (int i = 0; i < rows; ++i) {
            if (i)
                s += u',';
            s += m_row;
        }
        return s;
    }
    Status failed(const QSqlQuery &query) const
    {
        return Error(ErrorCode::Database,
                     u"Writing demo rows to %1 failed: %2"_s.arg(m_table, query.lastError().text()),
                     u"Check the free disk space and that the database user may insert rows."_s);
    }

    QSqlDatabase &m_db;
    QString m_table;
    QString m_head;
    QString m_row;
    int m_columns;
    int m_maxRows = 1;
    int m_pending = 0;
    qint64 m_written = 0;
    std::vector<QVariant> m_values;
    std::optional<QSqlQuery> m_full;
};

// Adds `v` to a batch; returns from the calling function on error.
#define RD_ROW_END(batch)                                                                                              \
    do {                                                                                                               \
        if (auto st_ = (batch).endRow(); !st_)                                                                         \
            return st_;                                                                                                \
    } while (false)

QVariant nullValue()
{
    return QVariant();
}

// ---------------------------------------------------------------------------------------------

Status Generator::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return Error(ErrorCode::Database, u"Preparing demo data failed: %1"_s.arg(query.lastError().text()));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec())
        return Error(ErrorCode::Database, u"Writing demo data failed: %1"_s.arg(query.lastError().text()));
    return {};
}

Status Generator::begin()
{
    if (!m_db.transaction())
        return Error(ErrorCode::Database,
                     u"Cannot start a transaction in the demo shop: %1"_s.arg(m_db.lastError().text()));
    return {};
}

Status Generator::commit()
{
    if (!m_db.commit())
        return Error(ErrorCode::Database, u"Saving demo rows failed: %1"_s.arg(m_db.lastError().text()));
    return {};
}

Status Generator::reportProgress()
{
    if (m_progress && !m_progress(m_done, m_total))
        return Error(ErrorCode::Cancelled, u"Generating the demo shop was cancelled."_s,
                     u"The database is incomplete: delete it and generate it again."_s);
    return {};
}

Status Generator::run()
{
    if (m_options.products < 0 || m_options.customers < 0 || m_options.orders < 0)
        return Error(ErrorCode::Usage, u"The demo shop sizes must not be negative."_s);
    if (!m_options.lastDay.isValid())
        return Error(ErrorCode::Usage, u"The demo shop's last day is not a valid date."_s);
    const auto dialect = shopSqlDialect(m_db);
    if (!dialect)
        return dialect.error();
    m_dialect = *dialect;
    m_endSecs = (m_options.lastDay.toJulianDay() - 2440588 + 1) * 86400 - 1;
    m_total = qint64(m_options.products) + m_options.customers + m_options.orders;

    SchemaAddons addons;
    addons.msOptionsPrice = m_options.msOptionsPrice;
    addons.msPromoCode = m_options.msPromoCode;
    addons.modRetailCrmColumns = m_options.withCodes;
    if (auto st = createShopSchema(m_db, m_options.generation, m_options.prefix, addons); !st)
        return st;

    // SQLite: no journal, no fsync while filling (a crash leaves a file to throw away anyway).
    QString oldJournal;
    QString oldSync;
    QString oldCache;
    if (m_dialect == Driver::Sqlite) {
        QSqlQuery q(m_db);
        if (q.exec(u"PRAGMA journal_mode"_s) && q.next())
            oldJournal = q.value(0).toString();
        if (q.exec(u"PRAGMA synchronous"_s) && q.next())
            oldSync = q.value(0).toString();
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            oldCache = q.value(0).toString();
        q.exec(u"PRAGMA journal_mode=OFF"_s);
        q.exec(u"PRAGMA synchronous=OFF"_s);
        q.exec(u"PRAGMA cache_size=-262144"_s); // 256 MB: index pages stay in memory on big shops
        q.finish();
    }

    Status result = fillReferences();
    if (result)
        result = fillCatalog();
    if (result)
        result = fillCustomers();
    if (result)
        result = fillOrders();
    if (!result && m_db.driver()->hasFeature(QSqlDriver::Transactions))
        m_db.rollback();

    if (m_dialect == Driver::Sqlite) {
        QSqlQuery q(m_db);
        static const QRegularExpression word(u"^[A-Za-z0-9]+$"_s);
        if (word.match(oldJournal).hasMatch())
            q.exec(u"PRAGMA journal_mode="_s + oldJournal);
        if (word.match(oldSync).hasMatch())
            q.exec(u"PRAGMA synchronous="_s + oldSync);
        static const QRegularExpression number(u"^-?[0-9]+$"_s);
        if (number.match(oldCache).hasMatch())
            q.exec(u"PRAGMA cache_size="_s + oldCache);
    }
    if (result && m_progress)
        m_progress(m_done, m_total);
    return result;
}

Status Generator::fillReferences()
{
    if (auto st = begin(); !st)
        return st;
    const auto gen = m_options.generation;
    const bool v44 = gen == MiniShopGeneration::V4_4;

    // Deliveries and payments replace the installer's rows.
    for (const QString &t : { u"ms2_delivery_payments"_s, u"ms2_deliveries"_s, u"ms2_payments"_s })
        if (auto st = exec(u"DELETE FROM "_s + quote(table(t))); !st)
            return st;
    {
        RowBatch deliveries(m_db, m_dialect, table(u"ms2_deliveries"_s),
                            { u"id"_s, u"name"_s, u"description"_s, u"price"_s, u"weight_price"_s, u"distance_price"_s,
                              u"logo"_s, u"rank"_s, u"active"_s, u"class"_s, u"properties"_s, u"requires"_s,
                              u"free_delivery_amount"_s });
        struct D
        {
            int id;
            QString name, description, price;
            qint64 weightPrice, freeAmount;
            QString requiredFields;
        };
        const D rows[] = {
            { 1, u"Самовывоз"_s, u"Из пункта выдачи на ул. Ленина, 1"_s, u"0"_s, 0, 0, u"email,receiver"_s },
            { 2, u"Курьерская доставка"_s, u"По городу в течение 1–2 дней"_s, u"300"_s, 0, 500000,
              u"email,receiver,phone,street"_s },
            { 3, u"Почта России"_s, u"Посылкой 1-го класса, 50 ₽ за кг"_s, u"250"_s, 5000, 0,
              u"email,receiver,phone,index,region,city,street"_s },
            { 4, u"СДЭК"_s, u"До пункта выдачи СДЭК"_s, u"350"_s, 0, 0, u"email,receiver,phone,city"_s },
        };
        for (const D &d : rows) {
            deliveries << d.id << d.name << d.description << d.price << money(d.weightPrice) << money(0) << QString()
                       << d.id - 1 << 1 << QString() << nullValue() << d.requiredFields << money(d.freeAmount);
            RD_ROW_END(deliveries);
        }
        if (auto st = deliveries.flush(); !st)
            return st;

        RowBatch payments(m_db, m_dialect, table(u"ms2_payments"_s),
                          { u"id"_s, u"name"_s, u"description"_s, u"price"_s, u"logo"_s, u"rank"_s, u"active"_s,
                            u"class"_s, u"properties"_s });
        const QString payNames[] = { u"Наличными"_s, u"Банковской картой"_s, u"Безналичный расчёт"_s };
        const QString payDescriptions[]
            = { u"Наличными при получении"_s, u"Картой онлайн или курьеру"_s, u"По счёту для юридических лиц"_s };
        for (int i = 0; i < 3; ++i) {
            payments << i + 1 << payNames[i] << payDescriptions[i] << u"0"_s << QString() << i << 1 << QString()
                     << nullValue();
            RD_ROW_END(payments);
        }
        if (auto st = payments.flush(); !st)
            return st;

        RowBatch links(m_db, m_dialect, table(u"ms2_delivery_payments"_s), { u"delivery_id"_s, u"payment_id"_s });
        for (int d = 1; d <= 4; ++d) {
            for (int p : kDeliveryPayments[size_t(d)]) {
                links << d << p;
                RD_ROW_END(links);
            }
        }
        if (auto st = links.flush(); !st)
            return st;
    }

    // Statuses: the installer's 1–4 (and 999 from 3.0 on), plus 5 Доставлен, plus 999 on 2.9.
    {
        RowBatch statuses(m_db, m_dialect, table(u"ms2_order_statuses"_s),
                          { u"id"_s, u"name"_s, u"description"_s, u"color"_s, u"email_user"_s, u"email_manager"_s,
                            u"active"_s, u"final"_s, u"fixed"_s, u"rank"_s, u"editable"_s });
        statuses << 5 << u"Доставлен"_s << u"Заказ получен покупателем"_s << u"006400"_s << 0 << 0 << 1 << 1 << 1
                 << (v44 ? 5 : 4) << 1;
        RD_ROW_END(statuses);
        if (gen == MiniShopGeneration::V2_9) {
            statuses << 999 << u"Черновик"_s << QString() << u"C0C0C0"_s << 0 << 0 << 1 << 0 << 0 << 0 << 0;
            RD_ROW_END(statuses);
        }
        if (auto st = statuses.flush(); !st)
            return st;
    }

    if (m_options.withCodes) {
        const std::pair<int, QString> deliveryCodes[]
            = { { 1, u"self-delivery"_s }, { 2, u"courier"_s }, { 3, u"russian-post"_s }, { 4, u"sdek"_s } };
        for (const auto &[id, code] : deliveryCodes)
            if (auto st = exec(u"UPDATE "_s + quote(table(u"ms2_deliveries"_s))
                                   + u" SET retailcrm_delivery_code = ? WHERE id = ?"_s,
                               { code, id });
                !st)
                return st;
        const std::pair<int, QString> paymentCodes[]
            = { { 1, u"cash"_s }, { 2, u"bank-card"_s }, { 3, u"bank-transfer"_s } };
        for (const auto &[id, code] : paymentCodes)
            if (auto st = exec(u"UPDATE "_s + quote(table(u"ms2_payments"_s))
                                   + u" SET retailcrm_payment_code = ? WHERE id = ?"_s,
                               { code, id });
                !st)
                return st;
        const std::pair<int, QString> statusCodes[] = { { 1, u"new"_s },
                                                        { 2, u"prepayed"_s },
                                                        { 3, u"send-to-delivery"_s },
                                                        { 4, u"cancel-other"_s },
                                                        { 5, u"complete"_s } };
        for (const auto &[id, code] : statusCodes)
            if (auto st = exec(u"UPDATE "_s + quote(table(u"ms2_order_statuses"_s))
                                   + u" SET retailcrm_status_code = ? WHERE id = ?"_s,
                               { code, id });
                !st)
                return st;
    }

    // Vendors.
    {
        QStringList columns { u"id"_s,    u"name"_s, u"resource"_s, u"country"_s,     u"logo"_s,      u"address"_s,
                              u"phone"_s, u"fax"_s,  u"email"_s,    u"description"_s, u"properties"_s };
        if (v44)
            columns << u"rank"_s;
        RowBatch vendors(m_db, m_dialect, table(u"ms2_vendors"_s), columns);
        int id = 1;
        for (const Vendor &v : kVendors) {
            vendors << id << v.name.toString() << 0 << v.country.toString()
                    << (u"/assets/images/vendors/"_s + transliterate(v.name) + u".png"_s) << QString() << QString()
                    << QString() << QString() << QString() << nullValue();
            if (v44)
                vendors << id - 1;
            RD_ROW_END(vendors);
            ++id;
        }
        if (auto st = vendors.flush(); !st)
            return st;
    }

    // Option definitions for the keys that are not ms2_products fields.
    {
        RowBatch options(m_db, m_dialect, table(u"ms2_options"_s),
                         { u"id"_s, u"key"_s, u"caption"_s, u"description"_s, u"measure_unit"_s, u"category"_s,
                           u"type"_s, u"properties"_s });
        const std::pair<QString, QString> defs[]
            = { { u"memory"_s, u"Память"_s }, { u"volume"_s, u"Объём"_s }, { u"packing"_s, u"Фасовка"_s } };
        int id = 1;
        for (const auto &[key, caption] : defs) {
            options << id++ << key << caption << QString() << QString() << 0 << u"combo-options"_s << nullValue();
            RD_ROW_END(options);
        }
        if (auto st = options.flush(); !st)
            return st;
    }

    // A few site settings a real install has.
    {
        RowBatch settings(m_db, m_dialect, table(u"system_settings"_s),
                          { u"key"_s, u"value"_s, u"xtype"_s, u"namespace"_s, u"area"_s });
        QList<std::pair<QString, QString>> rows { { u"site_name"_s, u"Демо-магазин «Всё для всех»"_s },
                                                  { u"friendly_urls"_s, u"1"_s },
                                                  { u"emailsender"_s, u"shop@demo-shop.ru"_s } };
        QString extensions = u"[]"_s;
        if (m_options.msPromoCode)
            extensions = u"[{\"mspromocode\":{\"path\":\"[[++core_path]]components\\/mspromocode\\/model\\/\"}}]"_s;
        rows.append({ u"extension_packages"_s, extensions });
        for (const auto &[key, value] : rows) {
            settings << key << value << u"textfield"_s << u"core"_s << u"site"_s;
            RD_ROW_END(settings);
        }
        if (auto st = settings.flush(); !st)
            return st;
    }
    return commit();
}

ProductSpec Generator::productSpec(int index) const
{
    DemoRandom rng(m_options.seed, ProductStream, quint64(index));
    ProductSpec p;
    p.id = m_firstProductId + index;
    p.leaf = int(rng.below(kLeafCount));
    constexpr int edgeLeaves[] = { 22, 0, 20 }; // coffee, men's T-shirts, kettles
    if (index < int(std::size(edgeLeaves)))
        p.leaf = edgeLeaves[index];
    const Leaf &leaf = kLeaves[p.leaf];
    p.vendor = leaf.vendors[rng.below(quint32(leaf.vendors.size()))];
    const QStringView model = rng.pick<QStringView>(kModels);
    const int number = rng.range(100, 9999);
    if (index < int(std::size(kEdgeProductNames)))
        p.name = kEdgeProductNames[index].toString();
    else
        p.name = leaf.noun.toString() + u' ' + kVendors[p.vendor].name + u' ' + model + u' ' + QString::number(number);
    p.alias = transliterate(leaf.noun) + u'-' + QString::number(p.id);
    p.article = transliterate(kVendors[p.vendor].name).left(3).toUpper() + u'-' + QString::number(number) + u'-'
        + QString::number(p.id);

    // Prices end in 90 rubles mostly; some have kopecks, to prove they stay exact.
    const int rubles = rng.range(leaf.priceMin, leaf.priceMax);
    const int r = int(rng.below(100));
    if (r < 80)
        p.price = qint64(rubles / 100 * 100 + 90) * 100;
    else if (r < 92)
        p.price = qint64(rubles) * 100;
    else
        p.price = qint64(rubles) * 100 + rng.range(1, 99);
    if (rng.perMille(150))
        p.oldPrice = p.price * rng.range(110, 140) / 100 / 100 * 100;
    p.weight = rng.perMille(30) ? 0 : rng.range(leaf.weightMin, leaf.weightMax);

    if (!leaf.optionValues.empty() && !rng.perMille(250)) {
        const int n = int(leaf.optionValues.size());
        const int count = rng.range(std::min(2, n), n);
        const int first = rng.range(0, n - count);
        for (int i = 0; i < count; ++i)
            p.optionValues << leaf.optionValues[size_t(first + i)];
    }
    if (leaf.colors && !rng.perMille(300)) {
        const int n = int(std::size(kColors));
        const int count = rng.range(1, 4);
        int c = int(rng.below(quint32(n)));
        for (int i = 0; i < count; ++i) {
            p.colors << kColors[size_t(c)];
            c = (c + 1 + int(rng.below(2))) % n;
        }
        std::sort(p.colors.begin(), p.colors.end());
        p.colors.erase(std::unique(p.colors.begin(), p.colors.end()), p.colors.end());
    }
    if (m_options.msOptionsPrice && !p.optionValues.isEmpty() && rng.perMille(250))
        p.modifications = int(std::min<qsizetype>(4, p.optionValues.size()));
    p.published = !rng.perMille(40);
    p.deleted = rng.perMille(10);
    if (index < int(std::size(kEdgeProductNames))) {
        p.published = true; // the edge cases must reach the catalogue
        p.deleted = false;
    }
    p.isNew = rng.perMille(100);
    p.popular = rng.perMille(80);
    p.favorite = rng.perMille(50);
    p.image = !rng.perMille(60);
    p.remains = rng.perMille(150) ? 0 : rng.range(1, 500);
    p.reserved = p.remains > 0 && rng.perMille(100) ? rng.range(1, std::min(p.remains, 5)) : 0;
    p.madeIn = rng.pick<QStringView>(kMadeIn);
    if (rng.perMille(80))
        p.extraLeaf = int(rng.below(kLeafCount));
    if (p.extraLeaf == p.leaf)
        p.extraLeaf = -1;
    return p;
}

Status Generator::fillCatalog()
{
    const qint64 catalogCreated = m_endSecs - 3LL * 365 * 86400;
    if (auto st = begin(); !st)
        return st;
    const QStringList contentColumns { u"id"_s,        u"type"_s,         u"contentType"_s, u"pagetitle"_s,
                                       u"longtitle"_s, u"description"_s,  u"alias"_s,       u"published"_s,
                                       u"parent"_s,    u"isfolder"_s,     u"introtext"_s,   u"content"_s,
                                       u"template"_s,  u"menuindex"_s,    u"createdby"_s,   u"createdon"_s,
                                       u"deleted"_s,   u"publishedon"_s,  u"class_key"_s,   u"context_key"_s,
                                       u"uri"_s,       u"show_in_tree"_s, u"hidemenu"_s };
    RowBatch content(m_db, m_dialect, table(u"site_content"_s), contentColumns);
    auto addResource = [&](int id, const QString &title, const QString &alias, int parent, bool folder, int menuindex,
                           qint64 created, const QString &classKey, const QString &uri, bool published, bool deleted,
                           const QVariant &introtext, const QVariant &text, int templateId, bool inTree) {
        content << id << u"document"_s << u"text/html"_s << title << QString() << QString() << alias << int(published)
                << parent << int(folder) << introtext << text << templateId << menuindex << 1 << created << int(deleted)
                << (published ? created : 0) << classKey << u"web"_s << uri << int(inTree) << 0;
        return content.endRow();
    };

    // Pages and the category tree: 1 home, 2 catalogue root, 3.. categories, then two info pages.
    int id = 1;
    if (auto st = addResource(id++, u"Главная"_s, u"index"_s, 0, false, 0, catalogCreated, documentClassKey(),
                              u"index.html"_s, true, false, nullValue(), u"<p>Добро пожаловать!</p>"_s, 1, true);
        !st)
        return st;
    const int catalogId = id++;
    if (auto st = addResource(catalogId, u"Каталог"_s, u"catalog"_s, 0, true, 1, catalogCreated, u"msCategory"_s,
                              u"catalog/"_s, true, false, nullValue(), QString(), 2, true);
        !st)
        return st;
    m_leafCategoryId.assign(size_t(kLeafCount), 0);
    m_leafUri.assign(size_t(kLeafCount), QString());
    QHash<QString, std::pair<int, QString>> made; // path → (id, uri)
    QHash<int, int> childCount;
    for (int l = 0; l < kLeafCount; ++l) {
        const Leaf &leaf = kLeaves[l];
        int parent = catalogId;
        QString parentUri = u"catalog/"_s;
        QString path;
        for (QStringView level : { leaf.level1, leaf.level2, leaf.level3 }) {
            path += u'/' + level;
            auto it = made.constFind(path);
            if (it == made.constEnd()) {
                const int cid = id++;
                const QString alias = transliterate(level);
                const QString uri = parentUri + alias + u'/';
                if (auto st = addResource(cid, level.toString(), alias, parent, true, childCount[parent]++,
                                          catalogCreated + cid * 60, u"msCategory"_s, uri, true, false, nullValue(),
                                          QString(), 2, true);
                    !st)
                    return st;
                it = made.insert(path, { cid, uri });
            }
            parent = it->first;
            parentUri = it->second;
        }
        m_leafCategoryId[size_t(l)] = parent;
        m_leafUri[size_t(l)] = parentUri;
    }
    for (const QString &page : { u"Доставка и оплата"_s, u"Контакты"_s }) {
        const QString alias = transliterate(page);
        if (auto st = addResource(id, page, alias, 0, false, id, catalogCreated, documentClassKey(), alias + u".html"_s,
                                  true, false, nullValue(), QString(u"<p>"_s + page + u"</p>"_s), 1, true);
            !st)
            return st;
        ++id;
    }
    if (auto st = content.flush(); !st)
        return st;
    if (auto st = commit(); !st)
        return st;
    m_firstProductId = id;

    // Products.
    const bool v44 = m_options.generation == MiniShopGeneration::V4_4;
    QStringList productColumns { u"id"_s,    u"article"_s, u"price"_s,   u"old_price"_s, u"weight"_s,  u"image"_s,
                                 u"thumb"_s, u"vendor"_s,  u"made_in"_s, u"new"_s,       u"popular"_s, u"favorite"_s,
                                 u"tags"_s,  u"color"_s,   u"size"_s,    u"source"_s };
    if (v44)
        productColumns << u"remains"_s << u"reserved"_s;
    RowBatch products(m_db, m_dialect, table(u"ms2_products"_s), productColumns);
    RowBatch productOptions(m_db, m_dialect, table(u"ms2_product_options"_s),
                            { u"product_id"_s, u"key"_s, u"value"_s });
    RowBatch categories(m_db, m_dialect, table(u"ms2_product_categories"_s), { u"product_id"_s, u"category_id"_s });
    std::optional<RowBatch> modifications;
    std::optional<RowBatch> modificationOptions;
    if (m_options.msOptionsPrice) {
        modifications.emplace(m_db, m_dialect, table(u"msop_modifications"_s),
                              QStringList { u"id"_s, u"rid"_s, u"name"_s, u"type"_s, u"price"_s, u"old_price"_s,
                                            u"article"_s, u"weight"_s, u"count"_s, u"image"_s, u"active"_s, u"rank"_s,
                                            u"sync_id"_s, u"sync_service"_s, u"description"_s });
        modificationOptions.emplace(m_db, m_dialect, table(u"msop_modification_options"_s),
                                    QStringList { u"mid"_s, u"rid"_s, u"key"_s, u"value"_s });
    }
    m_firstModification.assign(size_t(m_options.products), 0);
    quint32 nextModification = 1;
    const int chunk = 1000;
    const qint64 productSpan = 3LL * 365 * 86400;
    for (int start = 0; start < m_options.products; start += chunk) {
        if (auto st = begin(); !st)
            return st;
        const int end = std::min(m_options.products, start + chunk);
        for (int i = start; i < end; ++i) {
            const ProductSpec p = productSpec(i);
            const Leaf &leaf = kLeaves[p.leaf];
            const qint64 created = catalogCreated + productSpan * i / std::max(1, m_options.products);
            const QString uri = m_leafUri[size_t(p.leaf)] + p.alias + u".html"_s;
            const QString intro = leaf.noun + u" от "_s + kVendors[p.vendor].name + u'.';
            if (auto st = addResource(p.id, p.name, p.alias, m_leafCategoryId[size_t(p.leaf)], false, i, created,
                                      u"msProduct"_s, uri, p.published, p.deleted, intro,
                                      QString(u"<p>"_s + intro + u" Гарантия качества.</p>"_s), 3, false);
                !st)
                return st;

            const QString imageDir = u"/assets/images/products/"_s + QString::number(p.id) + u'/';
            const bool sizes = leaf.optionKey == u"size" && !p.optionValues.isEmpty();
            products << p.id << p.article << money(p.price) << money(p.oldPrice) << kilograms(p.weight)
                     << (p.image ? QVariant(QString(imageDir + p.alias + u".jpg"_s)) : nullValue())
                     << (p.image ? QVariant(QString(imageDir + u"small/"_s + p.alias + u".jpg"_s)) : nullValue())
                     << p.vendor + 1 << p.madeIn.toString() << int(p.isNew) << int(p.popular) << int(p.favorite)
                     << (p.isNew ? QVariant(phpJsonArray({ u"новинка" })) : nullValue())
                     << (p.colors.isEmpty() ? nullValue() : QVariant(phpJsonArray(p.colors)))
                     << (sizes ? QVariant(phpJsonArray(p.optionValues)) : nullValue()) << 1;
            if (v44)
                products << p.remains << p.reserved;
            RD_ROW_END(products);

            for (QStringView v : p.optionValues) {
                productOptions << p.id << leaf.optionKey.toString() << v.toString();
                RD_ROW_END(productOptions);
            }
            for (QStringView c : p.colors) {
                productOptions << p.id << u"color"_s << c.toString();
                RD_ROW_END(productOptions);
            }
            if (p.extraLeaf >= 0) {
                categories << p.id << m_leafCategoryId[size_t(p.extraLeaf)];
                RD_ROW_END(categories);
            }
            if (p.modifications > 0) {
                m_firstModification[size_t(i)] = nextModification;
                DemoRandom mrng(m_options.seed, ModificationStream, quint64(i));
                for (int k = 0; k < p.modifications; ++k) {
                    const qint64 priceRubles
                        = (p.price / 100) * (100 + (leaf.optionKey == u"memory" ? 25 * k : 0)) / 100;
                    *modifications << nextModification << p.id << p.optionValues[k].toString() << 1
                                   << QString::number(priceRubles) << u"0"_s
                                   << (p.article + u'-' + QString::number(k + 1)) << kilograms(p.weight)
                                   << mrng.range(0, 50) << 0 << int(!mrng.perMille(100)) << k << QString() << QString()
                                   << nullValue();
                    RD_ROW_END(*modifications);
                    *modificationOptions << nextModification << p.id << leaf.optionKey.toString()
                                         << p.optionValues[k].toString();
                    RD_ROW_END(*modificationOptions);
                    ++nextModification;
                }
            }
        }
        for (RowBatch *b : { &content, &products, &productOptions, &categories })
            if (auto st = b->flush(); !st)
                return st;
        if (modifications) {
            if (auto st = modifications->flush(); !st)
                return st;
            if (auto st = modificationOptions->flush(); !st)
                return st;
        }
        if (auto st = commit(); !st)
            return st;
        m_done += end - start;
        if (auto st = reportProgress(); !st)
            return st;
    }
    return {};
}

CustomerSpec Generator::customerSpec(int index) const
{
    DemoRandom rng(m_options.seed, CustomerStream, quint64(index));
    CustomerSpec c;
    c.id = index + 2; // 1 is the staff user
    const PersonName person = randomPerson(rng);
    c.male = person.male;
    c.fullname = fullName(rng, person);
    c.city = int(rng.below(quint32(std::size(kCities))));
    const int r = int(rng.below(100));
    const QString phone = randomPhone(rng);
    if (r < 70) {
        c.phone = phone;
    } else if (r < 82) {
        c.phone = phone;
        c.mobilephone = randomPhone(rng);
    } else if (r < 85) {
        c.phone = phone;
        c.mobilephone = phone;
    } else if (r < 93) {
        c.mobilephone = phone;
    }
    if (!rng.perMille(100)) {
        const QString local
            = transliterate(person.first).left(1) + u'.' + transliterate(person.last) + QString::number(c.id);
        c.email = local + u'@' + rng.pick<QStringView>(kMailDomains);
    }
    const qint64 span = 3LL * 365 * 86400;
    c.createdon = m_endSecs - span + span * index / std::max(1, m_options.customers) + rng.range(0, 3600);

    // Duplicates: the same person registered again with another e-mail.
    if (index > 10 && rng.perMille(20)) {
        const CustomerSpec original = customerSpec(int(rng.below(quint32(index))));
        c.fullname = original.fullname;
        c.phone = original.phone;
        c.mobilephone = original.mobilephone;
        c.male = original.male;
    }

    // Fixed edge cases at the first indices.
    switch (index) {
    case 0:
        c.fullname = u"Д'Артаньян \"Шарль\" <Гасконь> & Ко"_s;
        c.email = u"dartagnan+shop@example.com"_s;
        break;
    case 1:
        c.fullname = u"  Соколова   Мария  Ивановна  "_s;
        c.phone = u"+7 (912) 345-67-89"_s;
        c.mobilephone = u"8 916 000 11 22"_s;
        break;
    case 2:
        c.fullname = u"Анна 🌸 Смирнова"_s;
        c.phone.clear();
        c.mobilephone = u"+79031234567"_s;
        break;
    case 3:
        c.fullname = u"Пётр"_s;
        c.phone.clear();
        c.mobilephone.clear();
        c.email.clear();
        break;
    case 4:
        c.fullname = u"Ёлкина Жанна Эдуардовна"_s;
        c.phone = u"+7 (926) 111-22-33"_s;
        c.mobilephone = c.phone;
        break;
    default:
        break;
    }
    c.username = c.email.isEmpty() ? u"user"_s + QString::number(c.id) : c.email;
    return c;
}

Status Generator::fillCustomers()
{
    const QStringList userColumns { u"id"_s,       u"username"_s,   u"password"_s, u"cachepwd"_s,      u"class_key"_s,
                                    u"active"_s,   u"hash_class"_s, u"salt"_s,     u"primary_group"_s, u"sudo"_s,
                                    u"createdon"_s };
    const QStringList profileColumns { u"id"_s,          u"internalKey"_s, u"fullname"_s, u"email"_s,   u"phone"_s,
                                       u"mobilephone"_s, u"dob"_s,         u"gender"_s,   u"address"_s, u"country"_s,
                                       u"city"_s,        u"state"_s,       u"zip"_s,      u"comment"_s, u"extended"_s };
    RowBatch users(m_db, m_dialect, table(u"users"_s), userColumns);
    RowBatch profiles(m_db, m_dialect, table(u"user_attributes"_s), profileColumns);
    const QString hashClass = u"hashing.modPBKDF2"_s;

    if (auto st = begin(); !st)
        return st;
    // The staff user: a super user, never a customer.
    users << 1 << u"admin"_s << QString() << QString() << userClassKey() << 1 << hashClass << QString() << 1 << 1
          << (m_endSecs - 4LL * 365 * 86400);
    RD_ROW_END(users);
    profiles << 1 << 1 << u"Администратор магазина"_s << u"manager@demo-shop.ru"_s << u"+7 (495) 123-45-67"_s
             << QString() << 0 << 0 << QString() << u"Россия"_s << u"Москва"_s << QString() << QString() << QString()
             << nullValue();
    RD_ROW_END(profiles);

    const int chunk = 1000;
    for (int start = 0; start < m_options.customers; start += chunk) {
        if (start > 0) {
            if (auto st = begin(); !st)
                return st;
        }
        const int end = std::min(m_options.customers, start + chunk);
        for (int i = start; i < end; ++i) {
            const CustomerSpec c = customerSpec(i);
            DemoRandom rng(m_options.seed, CustomerStream + 100, quint64(i));
            const City &city = kCities[c.city];
            const bool withAddress = rng.perMille(500);
            users << c.id << c.username << QString() << QString() << userClassKey() << int(!rng.perMille(20))
                  << hashClass << QString() << 0 << 0 << c.createdon;
            RD_ROW_END(users);
            const qint64 dob = rng.perMille(300) ? -300000000LL + rng.below64(1200000000LL) : 0;
            profiles << c.id << c.id << c.fullname << c.email << c.phone << c.mobilephone << dob
                     << (rng.perMille(400) ? (c.male ? 1 : 2) : 0) << QString()
                     << (withAddress ? u"Россия"_s : QString()) << (withAddress ? city.city.toString() : QString())
                     << QString() << (withAddress ? QString::number(city.indexBase + rng.range(0, 99)) : QString())
                     << QString() << nullValue();
            RD_ROW_END(profiles);
        }
        if (auto st = users.flush(); !st)
            return st;
        if (auto st = profiles.flush(); !st)
            return st;
        if (auto st = commit(); !st)
            return st;
        m_done += end - start;
        if (auto st = reportProgress(); !st)
            return st;
    }
    if (m_options.customers == 0) {
        if (auto st = users.flush(); !st)
            return st;
        if (auto st = profiles.flush(); !st)
            return st;
        return commit();
    }
    return {};
}

Status Generator::fillOrders()
{
    const auto gen = m_options.generation;
    const bool v29 = gen == MiniShopGeneration::V2_9;
    const bool v44 = gen == MiniShopGeneration::V4_4;

    QStringList orderColumns { u"id"_s, u"user_id"_s };
    if (!v29)
        orderColumns << u"session_id"_s;
    orderColumns << u"createdon"_s << u"updatedon"_s << u"num"_s << u"cost"_s << u"cart_cost"_s << u"delivery_cost"_s
                 << u"weight"_s << u"status"_s << u"delivery"_s << u"payment"_s;
    if (!v44)
        orderColumns << u"address"_s;
    orderColumns << u"context"_s << (v29 ? u"comment"_s : u"order_comment"_s) << u"properties"_s << u"type"_s;

    QStringList addressColumns { u"id"_s };
    if (v44)
        addressColumns << u"order_id"_s;
    addressColumns << u"user_id"_s << u"createdon"_s << u"updatedon"_s << u"receiver"_s << u"phone"_s;
    if (!v29)
        addressColumns << u"email"_s;
    addressColumns << u"country"_s << u"index"_s << u"region"_s << u"city"_s << u"metro"_s << u"street"_s
                   << u"building"_s << u"entrance"_s << u"floor"_s << u"room"_s << u"comment"_s << u"text_address"_s
                   << u"properties"_s;

    QStringList itemColumns { u"id"_s,    u"product_id"_s, u"order_id"_s, u"name"_s,   u"count"_s,
                              u"price"_s, u"weight"_s,     u"cost"_s,     u"options"_s };
    if (!v29)
        itemColumns << u"properties"_s;

    RowBatch orders(m_db, m_dialect, table(u"ms2_orders"_s), orderColumns);
    RowBatch addresses(m_db, m_dialect, table(u"ms2_order_addresses"_s), addressColumns);
    RowBatch items(m_db, m_dialect, table(u"ms2_order_products"_s), itemColumns);
    RowBatch logs(m_db, m_dialect, table(u"ms2_order_logs"_s),
                  { u"id"_s, u"user_id"_s, u"order_id"_s, u"timestamp"_s, u"action"_s, u"entry"_s, u"ip"_s });
    std::optional<RowBatch> promos;
    if (m_options.msPromoCode)
        promos.emplace(
            m_db, m_dialect, table(u"mspc_orders"_s),
            QStringList { u"id"_s, u"order_id"_s, u"coupon_id"_s, u"code"_s, u"discount_amount"_s, u"createdon"_s });

    DemoRandom rng(m_options.seed, OrderStream, 0);
    const qint64 span = 730LL * 86400;
    const qint64 begin0 = m_endSecs - span;
    const qint64 step = std::max<qint64>(1, span / std::max(1, m_options.orders));
    QString numPrefix;
    int numCounter = 0;
    qint64 itemId = 1, logId = 1, promoId = 1;
    const QString officeIp = u"{\"ip\":\"85.143.22.10\",\"suspected\":[],\"network\":[]}"_s;
    static constexpr char16_t hexDigits[] = u"0123456789abcdef";

    const int chunk = 1000;
    for (int start = 0; start < m_options.orders; start += chunk) {
        if (auto st = begin(); !st)
            return st;
        const int end = std::min(m_options.orders, start + chunk);
        for (int i = start; i < end; ++i) {
            const int orderId = i + 1;
            const qint64 created = begin0 + span * i / std::max(1, m_options.orders) + rng.below64(step);
            const qint64 age = m_endSecs - created;

            // Customer.
            CustomerSpec customer;
            int userId = 1;
            if (m_options.customers > 0 && !rng.perMille(2)) {
                const int c = rng.perMille(650) ? int(rng.skewed(quint32(m_options.customers)))
                                                : int(rng.below(quint32(m_options.customers)));
                customer = customerSpec(c);
                userId = customer.id;
            } else {
                customer.id = 1;
                customer.fullname = u"Администратор магазина"_s;
                customer.phone = u"+7 (495) 123-45-67"_s;
                customer.email = u"manager@demo-shop.ru"_s;
                customer.city = 0;
            }
            if (i == 1 && m_options.customers > 2) {
                customer = customerSpec(2);
                userId = customer.id;
            }

            // Status and its history.
            int status;
            const int sr = int(rng.below(1000));
            if (sr < 8) {
                status = 0;
            } else if (sr < 16) {
                status = 999;
            } else {
                const int r = int(rng.below(100));
                if (age < 3LL * 86400)
                    status = r < 60 ? 1 : 2;
                else if (age < 14LL * 86400)
                    status = r < 20 ? 1 : r < 50 ? 2 : r < 80 ? 3 : r < 90 ? 4 : 5;
                else
                    status = r < 2 ? 1 : r < 5 ? 2 : r < 40 ? 3 : r < 55 ? 4 : 5;
            }
            QList<int> path;
            if (status != 0 && status != 999) {
                path << 1;
                const bool paid = status == 2 || ((status == 3 || status == 5) && rng.perMille(600))
                    || (status == 4 && rng.perMille(200));
                if (paid)
                    path << 2;
                if (status > 2)
                    path << status;
            }

            // Delivery and an allowed payment.
            const int dr = int(rng.below(100));
            const int delivery = dr < 20 ? 1 : dr < 55 ? 2 : dr < 75 ? 3 : 4;
            const int payment = kDeliveryPayments[size_t(delivery)][rng.below(2)];

            // Items.
            qint64 cart = 0, weight = 0;
            const int ir = int(rng.below(100));
            const int itemCount = m_options.products == 0 ? 0
                : ir < 45                                 ? 1
                : ir < 73                                 ? 2
                : ir < 88                                 ? 3
                : ir < 96                                 ? 4
                                                          : 5;
            for (int k = 0; k < itemCount; ++k) {
                int pi = rng.perMille(600) ? int(rng.skewed(quint32(m_options.products)))
                                           : int(rng.below(quint32(m_options.products)));
                if (i == 0 && k == 0)
                    pi = 0; // "Кофе & чай" in the first order
                const ProductSpec p = productSpec(pi);
                const Leaf &leaf = kLeaves[p.leaf];
                const int cr = int(rng.below(100));
                const int count = cr < 75 ? 1 : cr < 92 ? 2 : 3;
                qint64 price = p.price;
                QString options = u"{"_s;
                auto addOption = [&options](QStringView key, const QString &jsonValue) {
                    if (options.size() > 1)
                        options += u',';
                    options += phpJsonString(key) + u':' + jsonValue;
                };
                int chosen = -1;
                if (!p.optionValues.isEmpty()) {
                    chosen = int(rng.below(quint32(p.optionValues.size())));
                    addOption(leaf.optionKey, phpJsonString(p.optionValues[chosen]));
                }
                if (!p.colors.isEmpty())
                    addOption(u"color", phpJsonString(p.colors[rng.below(quint32(p.colors.size()))]));
                if (p.modifications > 0 && chosen >= 0 && chosen < p.modifications && rng.perMille(700)) {
                    const qint64 modId = m_firstModification[size_t(pi)] + quint32(chosen);
                    addOption(u"modification", QString::number(modId));
                    price = (p.price / 100) * (100 + (leaf.optionKey == u"memory" ? 25 * chosen : 0)) / 100 * 100;
                } else if (rng.perMille(100)) {
                    price = price * 9 / 10; // bought at an earlier, lower price
                }
                options += u'}';
                const QString optionsJson = options == u"{}" ? u"[]"_s : options;
                const qint64 cost = price * count;
                cart += cost;
                weight += p.weight * count;
                items << itemId++ << p.id << orderId << p.name << count << money(price) << kilograms(p.weight)
                      << money(cost) << optionsJson;
                if (!v29)
                    items << nullValue();
                RD_ROW_END(items);
            }
            qint64 deliveryCost = 0;
            if (delivery == 2)
                deliveryCost = cart >= 500000 ? 0 : 30000;
            else if (delivery == 3)
                deliveryCost = 25000 + 5000 * ((weight + 999) / 1000);
            else if (delivery == 4)
                deliveryCost = 35000;

            // Number: %y%m + "/" + counter within the month.
            const QString ym = yearMonth(created);
            if (ym != numPrefix) {
                numPrefix = ym;
                numCounter = 0;
            }
            const QString num = ym + u'/' + QString::number(++numCounter);

            QString managerComment;
            if (i == 0)
                managerComment = u"Менеджер: «срочно» & <b>важно</b> \"VIP\" 'клиент' 😀"_s;
            else if (rng.perMille(80))
                managerComment = rng.pick<QStringView>(kManagerComments).toString();
            const qint64 updated = rng.perMille(150) ? created + rng.below64(7LL * 86400) : -1;

            orders << orderId << userId;
            if (!v29) {
                QString session(32, u'0');
                for (qsizetype h = 0; h < 32; ++h)
                    session[h] = QChar(hexDigits[rng.below(16)]);
                orders << session;
            }
            orders << dateTime(created) << (updated >= 0 ? QVariant(dateTime(updated)) : nullValue()) << num
                   << money(cart + deliveryCost) << money(cart) << money(deliveryCost) << kilograms(weight) << status
                   << delivery << payment;
            if (!v44)
                orders << orderId; // address id = order id
            orders << u"web"_s << (managerComment.isEmpty() ? nullValue() : QVariant(managerComment)) << nullValue()
                   << 0;
            RD_ROW_END(orders);

            // Address.
            const City &city = kCities[rng.perMille(700) ? customer.city : int(rng.below(quint32(std::size(kCities))))];
            QString receiver = customer.fullname;
            QString phone = !customer.phone.isEmpty() ? customer.phone : customer.mobilephone;
            const int rr = int(rng.below(100));
            if (rr < 12) {
                DemoRandom other(m_options.seed, OrderStream + 1, quint64(i));
                const PersonName person = randomPerson(other);
                receiver = fullName(other, person);
                phone = randomPhone(other);
            } else if (rr < 15) {
                receiver = u' ' + receiver.simplified() + u"  "_s;
            }
            if (phone.isEmpty() && rng.perMille(700))
                phone = randomPhone(rng);
            const bool pickup = delivery == 1;
            QString customerComment;
            if (i == 0)
                customerComment = u"Позвоните 📞 до 18:00 & не звоните после <21:00> \"дверь\" 'налево'"_s;
            else if (rng.perMille(150))
                customerComment = rng.pick<QStringView>(kCustomerComments).toString();
            const QString street = rng.pick<QStringView>(kStreets).toString();
            const int house = rng.range(1, 150);
            const int br = int(rng.below(100));
            QString building = QString::number(house);
            if (br >= 90)
                building += u'/' + QString::number(rng.range(1, 9));
            else if (br >= 80)
                building += u"к"_s + QString::number(rng.range(1, 4));
            const QString room = rng.perMille(850) ? QString::number(rng.range(1, 300)) : QString();
            const QString floor = room.isEmpty() ? QString() : QString::number(rng.range(1, 25));
            const QString entrance = room.isEmpty() ? QString() : QString::number(rng.range(1, 8));
            const QString index = QString::number(city.indexBase + rng.range(0, 999)).rightJustified(6, u'0');
            const QString metro
                = city.metro && rng.perMille(500) ? rng.pick<QStringView>(kMetro).toString() : QString();
            auto field = [pickup](const QString &v) { return pickup || v.isEmpty() ? nullValue() : QVariant(v); };
            QVariant textAddress = nullValue();
            if (!pickup && rng.perMille(100))
                textAddress = QString(city.city + u", "_s + street + u", д. "_s + building
                                      + (room.isEmpty() ? QString() : QString(u", кв. "_s + room)));

            addresses << orderId;
            if (v44)
                addresses << orderId;
            addresses << userId << dateTime(created) << nullValue() << receiver << phone;
            if (!v29)
                addresses << (customer.email.isEmpty() ? nullValue() : QVariant(customer.email));
            addresses << (pickup ? nullValue() : QVariant(u"Россия"_s)) << field(index) << field(city.region.toString())
                      << field(city.city.toString()) << field(metro) << field(street) << field(building)
                      << field(entrance) << field(floor) << field(room)
                      << (customerComment.isEmpty() ? nullValue() : QVariant(customerComment)) << textAddress
                      << nullValue();
            RD_ROW_END(addresses);

            // Status log: one row per change, as changeOrderStatus writes it.
            qint64 when = created + rng.range(1, 120);
            for (int s : path) {
                const bool byCustomer = s == 1;
                QString ip = officeIp;
                if (byCustomer)
                    ip = u"{\"ip\":\""_s + QString::number(rng.range(5, 212)) + u'.'
                        + QString::number(rng.range(0, 255)) + u'.' + QString::number(rng.range(0, 255)) + u'.'
                        + QString::number(rng.range(1, 254)) + u"\",\"suspected\":[],\"network\":[]}"_s;
                logs << logId++ << (byCustomer ? userId : 1) << orderId << dateTime(std::min(when, m_endSecs))
                     << u"status"_s << QString::number(s) << ip;
                RD_ROW_END(logs);
                when += rng.range(600, 3 * 86400);
            }

            // Promo code.
            if (promos && status != 0 && status != 999 && rng.perMille(80)) {
                const int pc = int(rng.below(quint32(std::size(kPromoCodes))));
                const PromoCode &code = kPromoCodes[pc];
                const qint64 discount
                    = code.percent ? cart * code.percent / 100 : std::min<qint64>(cart, qint64(code.fixedRubles) * 100);
                *promos << promoId++ << orderId << pc + 1 << code.code.toString() << money(discount)
                        << dateTime(created);
                RD_ROW_END(*promos);
            }
        }
        for (RowBatch *b : { &orders, &addresses, &items, &logs })
            if (auto st = b->flush(); !st)
                return st;
        if (promos)
            if (auto st = promos->flush(); !st)
                return st;
        if (auto st = commit(); !st)
            return st;
        m_done += end - start;
        if (auto st = reportProgress(); !st)
            return st;
    }
    return {};
}

} // namespace

Status generateDemoShop(QSqlDatabase &db, const DemoShopOptions &options, const DemoShopProgress &progress)
{
    if (!db.isOpen())
        return Error(ErrorCode::Database, u"Cannot generate the demo shop: the database connection is not open."_s,
                     u"Open the connection first."_s);
    Generator generator(db, options, progress);
    return generator.run();
}

} // namespace rd
