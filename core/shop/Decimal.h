#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <limits>
#include <optional>

namespace rd {

// An exact fixed-point number: `units` of 10^-scale. Money uses scale 2 (decimal(12,2)), weight
// scale 3 (decimal(13,3)). Built from the database's text form, never from a double, so 0.10 + 0.20
// is 0.30. toDouble() is for JSON at the edge only.
//
//   Decimal price = Decimal::money(u"1234.5");   // 1234.50
//   price.toString();                            // "1234.50"
//   (price * 3).toString();                      // "3703.50"
class Decimal
{
public:
    static constexpr int MoneyScale = 2;
    static constexpr int WeightScale = 3;
    static constexpr int MaxScale = 6;

    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t units, int scale)
        : m_units(units)
        , m_scale(scale)
    { }

    static constexpr Decimal fromUnits(std::int64_t units, int scale = MoneyScale) { return Decimal(units, scale); }
    static constexpr Decimal fromInt(std::int64_t value, int scale = MoneyScale)
    {
        return Decimal(value * pow10(scale), scale);
    }

    // Parses "12", "-12.5", "+0.125", ".5", "12.", "1.5e3", "1E-2" (what MySQL and SQLite print) and
    // rounds half away from zero to `scale` digits. Surrounding spaces are ignored. Empty text, other
    // characters, or a value beyond ±9.2e18 units give nullopt.
    static std::optional<Decimal> parse(QStringView text, int scale = MoneyScale)
    {
        if (scale < 0 || scale > MaxScale)
            return std::nullopt;
        text = text.trimmed();
        qsizetype i = 0;
        bool negative = false;
        if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
            negative = text[i] == u'-';
            ++i;
        }
        // Digits of the mantissa without the point, and where the point sits.
        char digits[64];
        int nDigits = 0;
        int pointPos = -1;
        bool anyDigit = false;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c >= u'0' && c <= u'9') {
                anyDigit = true;
                if (nDigits == 0 && c == u'0' && pointPos < 0)
                    continue; // leading zeros of the integer part
                if (nDigits >= 60)
                    return std::nullopt;
                digits[nDigits++] = static_cast<char>(c.unicode() - u'0');
            } else if (c == u'.' && pointPos < 0) {
                pointPos = nDigits;
            } else {
                break;
            }
        }
        if (!anyDigit)
            return std::nullopt;
        if (pointPos < 0)
            pointPos = nDigits;
        if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
            ++i;
            bool expNegative = false;
            if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
                expNegative = text[i] == u'-';
                ++i;
            }
            int exponent = 0;
            bool expDigit = false;
            for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i) {
                expDigit = true;
                exponent = exponent * 10 + (text[i].unicode() - u'0');
                if (exponent > 100)
                    return std::nullopt;
            }
            if (!expDigit)
                return std::nullopt;
            pointPos += expNegative ? -exponent : exponent;
        }
        if (i != text.size())
            return std::nullopt;

        // units = the digits up to pointPos + scale, rounded on the next digit.
        const int keep = pointPos + scale; // digits of `digits` that make up the units
        constexpr std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        std::uint64_t units = 0;
        for (int d = 0; d < keep; ++d) {
            const std::uint64_t digit = d < nDigits && d >= 0 ? digits[d] : 0;
            if (units > (limit - digit) / 10)
                return std::nullopt;
            units = units * 10 + digit;
        }
        const int next = keep; // first dropped digit
        if (next >= 0 && next < nDigits && digits[next] >= 5) {
            if (units == limit)
                return std::nullopt;
            ++units;
        }
        const std::int64_t signedUnits = static_cast<std::int64_t>(units);
        return Decimal(negative ? -signedUnits : signedUnits, scale);
    }

    // Lenient forms for database columns: NULL/empty/garbage → 0 (ok=false tells garbage apart).
    static Decimal money(QStringView text, bool *ok = nullptr) { return parseOr(text, MoneyScale, ok); }
    static Decimal weight(QStringView text, bool *ok = nullptr) { return parseOr(text, WeightScale, ok); }

    constexpr std::int64_t units() const { return m_units; }
    constexpr int scale() const { return m_scale; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    // The same value with another scale (rounds half away from zero when digits are dropped).
    constexpr Decimal rescaled(int scale) const
    {
        if (scale == m_scale)
            return *this;
        if (scale > m_scale)
            return Decimal(m_units * pow10(scale - m_scale), scale);
        const std::int64_t div = pow10(m_scale - scale);
        std::int64_t q = m_units / div;
        const std::int64_t r = m_units % div;
        if (2 * (r < 0 ? -r : r) >= div)
            q += m_units < 0 ? -1 : 1;
        return Decimal(q, scale);
    }

    // "1234.50", "-0.05", "0.000": always `scale` digits after the point.
    QString toString() const
    {
        const bool negative = m_units < 0;
        std::uint64_t magnitude
            = negative ? 0 - static_cast<std::uint64_t>(m_units) : static_cast<std::uint64_t>(m_units);
        QString digits = QString::number(magnitude);
        if (m_scale > 0) {
            if (digits.size() <= m_scale)
                digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
            digits.insert(digits.size() - m_scale, u'.');
        }
        return negative ? QStringLiteral("-") + digits : digits;
    }
    // Like toString() without trailing zeros after the point ("1234.5", "12", "0.125").
    QString toShortString() const
    {
        QString s = toString();
        if (m_scale > 0) {
            while (s.endsWith(u'0'))
                s.chop(1);
            if (s.endsWith(u'.'))
                s.chop(1);
        }
        return s == QStringLiteral("-0") ? QStringLiteral("0") : s;
    }
    double toDouble() const { return static_cast<double>(m_units) / static_cast<double>(pow10(m_scale)); }

    friend constexpr Decimal operator+(Decimal a, Decimal b)
    {
        const int s = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
        return Decimal(a.rescaled(s).m_units + b.rescaled(s).m_units, s);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b)
    {
        const int s = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
        return Decimal(a.rescaled(s).m_units - b.rescaled(s).m_units, s);
    }
    friend constexpr Decimal operator-(Decimal a) { return Decimal(-a.m_units, a.m_scale); }
    friend constexpr Decimal operator*(Decimal a, std::int64_t n) { return Decimal(a.m_units * n, a.m_scale); }
    Decimal &operator+=(Decimal other) { return *this = *this + other; }
    Decimal &operator-=(Decimal other) { return *this = *this - other; }

    // Compares values, whatever the scales (1.5 == 1.500).
    friend constexpr bool operator==(Decimal a, Decimal b) { return compare(a, b) == 0; }
    friend constexpr std::strong_ordering operator<=>(Decimal a, Decimal b) { return compare(a, b) <=> 0; }

private:
    static constexpr std::int64_t pow10(int n)
    {
        std::int64_t p = 1;
        for (int i = 0; i < n; ++i)
            p *= 10;
        return p;
    }
    static constexpr int compare(Decimal a, Decimal b)
    {
        const int s = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
        const std::int64_t x = a.rescaled(s).m_units;
        const std::int64_t y = b.rescaled(s).m_units;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    static Decimal parseOr(QStringView text, int scale, bool *ok)
    {
        const std::optional<Decimal> d = parse(text, scale);
        if (ok)
            *ok = d.has_value() || text.trimmed().isEmpty();
        return d.value_or(Decimal(0, scale));
    }

    std::int64_t m_units = 0;
    int m_scale = MoneyScale;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::Decimal)
