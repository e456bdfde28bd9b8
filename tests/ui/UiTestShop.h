#pragma once

#include "common/Result.h"
#include "demo/DemoShopGenerator.h"

#include <QSqlDatabase>
#include <QString>

namespace rd::test {

// Creates a small demo shop (generateDemoShop) in the SQLite file `path`.
inline Status makeDemoShop(const QString &path, bool withCodes = true)
{
    const QString name = QStringLiteral("ui-test-demo-shop");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return Error(ErrorCode::Database, QStringLiteral("cannot open ") + path);
        DemoShopOptions options;
        options.products = 20;
        options.customers = 20;
        options.orders = 30;
        options.withCodes = withCodes;
        status = generateDemoShop(db, options);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace rd::test
