#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = u"en"_s;
};

Installed &installed()
{
    static Installed s;
    return s;
}

} // namespace

QStringList Language::choices()
{
    return { u"auto"_s, u"en"_s, u"ru"_s };
}

QString Language::resolve(const QString &setting, const QLocale &system)
{
    const QString value = setting.trimmed().toLower();
    if (value == u"en"_s || value == u"ru"_s)
        return value;
    return system.language() == QLocale::Russian ? u"ru"_s : u"en"_s;
}

QString Language::storedSetting()
{
    const QString value = QSettings().value(settingKey(), u"auto"_s).toString();
    return choices().contains(value) ? value : u"auto"_s;
}

void Language::store(const QString &setting)
{
    QSettings().setValue(settingKey(), choices().contains(setting) ? setting : u"auto"_s);
}

QString Language::install(const QString &language)
{
    Installed &s = installed();
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app.reset();
    s.qt.reset();
    s.language = language == u"ru"_s ? u"ru"_s : u"en"_s;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + s.language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/retaildesk_"_s + s.language + u".qm"_s)) {
        QCoreApplication::installTranslator(app.get());
        s.app = std::move(app);
    }
    return s.language;
}

QString Language::current()
{
    return installed().language;
}

} // namespace rd
