#include "CodeSuggester.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

struct Synonym
{
    CodeSuggester::Kind kind;
    QStringList stems; // any of these stems in the shop name ...
    QStringList codes; // ... points to the first of these codes the CRM has
};

const QList<Synonym> &synonyms()
{
    using K = CodeSuggester::Kind;
    static const QList<Synonym> list = {
        { K::Delivery, { u"самовывоз"_s, u"pickup"_s, u"self"_s, u"pick up"_s }, { u"self-delivery"_s, u"pickup"_s } },
        { K::Delivery, { u"курьер"_s, u"courier"_s }, { u"courier"_s } },
        { K::Delivery, { u"почта"_s, u"post"_s }, { u"russian-post"_s, u"post"_s } },
        { K::Delivery, { u"сдэк"_s, u"cdek"_s, u"sdek"_s }, { u"sdek"_s, u"cdek"_s } },
        { K::Delivery, { u"boxberry"_s, u"боксберри"_s }, { u"boxberry"_s } },
        { K::Payment, { u"налич"_s, u"cash"_s }, { u"cash"_s } },
        { K::Payment, { u"карт"_s, u"card"_s }, { u"bank-card"_s, u"card"_s } },
        { K::Payment, { u"безнал"_s, u"счет"_s, u"transfer"_s, u"invoice"_s }, { u"bank-transfer"_s } },
        { K::Payment, { u"paypal"_s }, { u"paypal"_s, u"e-money"_s } },
        { K::Payment, { u"электрон"_s, u"e-money"_s, u"qiwi"_s, u"юmoney"_s, u"яндекс"_s }, { u"e-money"_s } },
        { K::Status, { u"нов"_s, u"new"_s }, { u"new"_s } },
        { K::Status, { u"оплач"_s, u"paid"_s, u"предоплат"_s }, { u"paid"_s, u"prepayed"_s } },
        { K::Status,
          { u"отправ"_s, u"sent"_s, u"shipped"_s, u"передан"_s },
          { u"send-to-delivery"_s, u"delivering"_s } },
        { K::Status, { u"доставлен"_s, u"выполнен"_s, u"delivered"_s, u"complete"_s }, { u"complete"_s } },
        { K::Status, { u"отмен"_s, u"cancel"_s }, { u"cancel-other"_s, u"cancel"_s } },
        { K::Status, { u"согласован"_s, u"подтвержд"_s, u"confirmed"_s }, { u"client-confirmed"_s } },
        { K::Status, { u"комплект"_s, u"сборк"_s, u"assembl"_s }, { u"assembling"_s } },
    };
    return list;
}

QSet<QString> words(const QString &normalised)
{
    QSet<QString> out;
    for (const QString &w : normalised.split(u' ', Qt::SkipEmptyParts))
        if (w.size() > 1)
            out.insert(w);
    return out;
}

} // namespace

QString CodeSuggester::normalise(const QString &text)
{
    QString s = text.toLower();
    s.replace(u'ё', u'е');
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    s.replace(nonWord, u" "_s);
    return s.simplified();
}

CodeSuggester::Suggestion CodeSuggester::suggest(Kind kind, const QString &shopName,
                                                 const QList<CrmCodeChoice> &choices)
{
    const QString name = normalise(shopName);
    if (name.isEmpty() || choices.isEmpty())
        return {};

    // 1. The same name (or the code typed as the name).
    for (const CrmCodeChoice &c : choices) {
        if (normalise(c.name) == name || normalise(c.code) == name)
            return { c.code, 100 };
    }
    // 2. A known synonym whose code the CRM has.
    for (const Synonym &syn : synonyms()) {
        if (syn.kind != kind)
            continue;
        // Stems match at the start of a word: "нов" finds "Новый", not "Черновик".
        const QString spaced = u' ' + name;
        const bool hit = std::any_of(syn.stems.cbegin(), syn.stems.cend(),
                                     [&spaced](const QString &stem) { return spaced.contains(u' ' + stem); });
        if (!hit)
            continue;
        for (const QString &code : syn.codes) {
            for (const CrmCodeChoice &c : choices)
                if (c.code == code)
                    return { c.code, 80 };
        }
        // The synonym's stem may also appear in a CRM name with an unusual code.
        for (const CrmCodeChoice &c : choices) {
            const QString crmName = u' ' + normalise(c.name);
            if (std::any_of(syn.stems.cbegin(), syn.stems.cend(),
                            [&crmName](const QString &stem) { return crmName.contains(u' ' + stem); }))
                return { c.code, 70 };
        }
    }
    // 3. Shared words between the names (Jaccard), when clearly the best.
    const QSet<QString> mine = words(name);
    Suggestion best;
    int second = 0;
    for (const CrmCodeChoice &c : choices) {
        const QSet<QString> theirs = words(normalise(c.name)) | words(normalise(c.code));
        const int common = int(QSet<QString>(mine).intersect(theirs).size());
        if (common == 0)
            continue;
        const int all = int((mine | theirs).size());
        const int score = 60 * common / qMax(1, all);
        if (score > best.score) {
            second = best.score;
            best = { c.code, score };
        } else if (score > second) {
            second = score;
        }
    }
    if (best.score >= 20 && best.score > second)
        return best;
    return {};
}

} // namespace rd
