#include "IcmlSummary.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd {

QJsonObject IcmlSummary::toJson() const
{
    return { { u"file"_s, path },
             { u"categories"_s, categories },
             { u"products"_s, products },
             { u"offers"_s, offers },
             { u"modificationOffers"_s, modificationOffers },
             { u"modificationsRead"_s, modificationsRead },
             { u"skipped"_s, QJsonObject { { u"total"_s, skipped.total() }, { u"reasons"_s, skipped.toJson() } } },
             { u"droppedCharacters"_s, droppedCharacters },
             { u"bytes"_s, bytes },
             { u"seconds"_s, seconds },
             { u"modifications"_s, modifications },
             { u"quantities"_s, quantities },
             { u"warnings"_s, QJsonArray::fromStringList(warnings) } };
}

} // namespace rd
