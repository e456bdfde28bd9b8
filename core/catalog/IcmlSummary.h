#pragma once

#include "CatalogSkipLog.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rd {

// What IcmlWriter::write() produced.
struct IcmlSummary
{
    QString path; // the file written (empty when written to a device)
    qint64 categories = 0; // <category> elements
    qint64 products = 0; // products read (published, not deleted)
    qint64 offers = 0; // <offer> elements: products' own offers + modification offers
    qint64 modificationOffers = 0; // of which msOptionsPrice2 modifications
    qint64 modificationsRead = 0; // modification rows read (when modifications are on)
    CatalogSkipLog skipped; // products and modifications left out, by reason
    qint64 droppedCharacters = 0; // characters XML 1.0 forbids, removed from the text
    qint64 bytes = 0; // size of the file
    double seconds = 0;
    bool modifications = false; // modification offers were written (sync/msoptionsprice on, tables present)
    bool quantities = false; // offer@quantity written (ms2_products.remains exists, or modifications)
    QStringList warnings;

    // {"file", "categories", "products", "offers", "modificationOffers", "modificationsRead", "skipped": {"total",
    // "reasons"},
    //  "droppedCharacters", "bytes", "seconds", "modifications", "quantities", "warnings"}
    QJsonObject toJson() const;
};

} // namespace rd
