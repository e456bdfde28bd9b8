#pragma once

#include <QList>
#include <QString>

namespace rd {

// A CRM reference entry a shop row can be mapped to (delivery type, payment type or status).
struct CrmCodeChoice
{
    QString code;
    QString name;
};

// Suggests the CRM code for a shop delivery, payment or status by its name: exact names first,
// then known Russian/English synonyms ("Самовывоз" → self-delivery, "Оплачен" → paid/prepayed),
// then shared words. Returns an empty code when nothing is convincing: a wrong guess is worse than none.
class CodeSuggester final
{
public:
    enum class Kind { Delivery, Payment, Status };

    struct Suggestion
    {
        QString code; // empty = no suggestion
        int score = 0; // 0..100
    };

    static Suggestion suggest(Kind kind, const QString &shopName, const QList<CrmCodeChoice> &choices);
    // Lower-case, ё→е, punctuation to spaces, runs of spaces collapsed.
    static QString normalise(const QString &text);
};

} // namespace rd
