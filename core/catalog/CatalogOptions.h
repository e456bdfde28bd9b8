#pragma once

#include "config/Profile.h"

#include <QDateTime>
#include <QString>
#include <QThread>
#include <QUrl>

namespace rd {

// What the catalog export (IcmlWriter) and the stock/price upload (StockUploader) take from the
// profile, plus the knobs a caller may set. fromProfile() fills it from [shop] and [sync].
struct CatalogOptions
{
    QUrl siteUrl; // shop/site_url: prefix of offer <url> and <picture>; empty = neither is written
    ShopSettings::WeightUnit weightUnit = ShopSettings::WeightUnit::Kilogram; // unit of ms2 weights
    bool modifications = false; // sync/msoptionsprice: msOptionsPrice2 modifications become offers
    QString shopName; // <shop><name>; empty = the MODX site_name setting, else `siteCode`
    QString company; // <shop><company>; empty = the shop name
    QString siteCode; // crm/site: the last fallback for the shop name
    QDateTime generatedAt; // yml_catalog@date; invalid = now
    int pageSize = 1000; // products read per page (keyset pagination)
    // ICML: threads that read pages and turn them into XML while the calling thread writes the file
    // (CatalogProductPrefetcher); 0 = everything in the calling thread. Default: one per core, 1–4.
    int readerThreads = defaultReaderThreads();

    static int defaultReaderThreads() { return qBound(1, QThread::idealThreadCount(), 4); }

    static CatalogOptions fromProfile(const Profile &profile)
    {
        CatalogOptions o;
        o.siteUrl = profile.shop.siteUrl;
        o.weightUnit = profile.shop.weightUnit;
        o.modifications = profile.sync.msOptionsPrice;
        o.siteCode = profile.crm.site;
        return o;
    }
};

} // namespace rd
