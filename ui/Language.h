#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rd {

// The interface language: the "ui/language" setting (auto | en | ru) in the application's QSettings,
// "auto" following the system locale (Russian under any ru locale, English otherwise).
class Language final
{
public:
    static QString settingKey() { return QStringLiteral("ui/language"); }
    // auto, en, ru
    static QStringList choices();
    // The language to use ("en" or "ru") for a setting value and a system locale; unknown values count as auto.
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());
    // The setting stored in the application's QSettings ("auto" when unset).
    static QString storedSetting();
    static void store(const QString &setting);
    // Loads the embedded :/i18n/retaildesk_<lang>.qm (and Qt's own qtbase_<lang> when installed) into `app`,
    // replacing any translators installed before. Returns the language code in effect.
    static QString install(const QString &language);
    // The language install() put in effect last ("en" before any call).
    static QString current();
};

} // namespace rd
