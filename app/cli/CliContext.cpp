#include "CliContext.h"

#include "demo/DemoEnvironment.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
    , m_stderrIsTty(::isatty(STDERR_FILENO) == 1)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

Result<Profile *> CliContext::profile()
{
    if (m_profile)
        return &*m_profile;
    if (demo) {
        m_demo = std::make_unique<DemoEnvironment>();
        auto started = m_demo->start(DemoEnvironment::Options {}, [this](const QString &text) {
            if (!quiet)
                m_err << text << Qt::endl;
        });
        if (!started)
            return started.error();
        m_profile = std::move(started).value();
        secrets().setOverride(SecretKind::CrmApiKey, m_demo->apiKey());
        return &*m_profile;
    }
    auto loaded = Profile::load(configPath.isEmpty() ? Profile::defaultPath() : configPath);
    if (!loaded) {
        Error e = loaded.error();
        if (configPath.isEmpty() && e.hint.isEmpty())
            e.hint = u"Pass --config FILE, run the setup wizard in the RetailDesk app, or try --demo."_s;
        return e;
    }
    m_profile = std::move(loaded).value();
    return &*m_profile;
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets) {
        QString id;
        if (m_profile)
            id = m_profile->keychainId();
        else
            id = Profile::keychainIdFor(configPath.isEmpty() ? Profile::defaultPath() : configPath);
        m_secrets = std::make_unique<SecretStore>(id);
    }
    return *m_secrets;
}

Result<QString> CliContext::secret(SecretKind kind)
{
    auto p = profile();
    if (!p)
        return p.error();
    return secrets().read(kind);
}

void CliContext::printJson(const QJsonObject &doc)
{
    m_out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    progressDone();
    if (json) {
        QJsonObject e { { u"code"_s, errorCodeName(error.code) }, { u"message"_s, error.message } };
        if (!error.hint.isEmpty())
            e.insert(u"hint"_s, error.hint);
        if (error.httpStatus)
            e.insert(u"httpStatus"_s, error.httpStatus);
        if (!error.fieldErrors.isEmpty()) {
            QJsonObject fields;
            for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
                fields.insert(it.key(), it.value());
            e.insert(u"errors"_s, fields);
        }
        printJson(QJsonObject { { u"ok"_s, false }, { u"error"_s, e } });
    }
    m_err << "error: " << error.toString() << Qt::endl;
    return exitCodeFor(error.code);
}

void CliContext::progress(const QString &what, qint64 done, qint64 total)
{
    if (quiet)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool last = total > 0 && done >= total;
    if (m_stderrIsTty) {
        if (!last && now - m_lastProgressMs < 100)
            return;
        m_lastProgressMs = now;
        const int width = 30;
        const int filled = total > 0 ? int(qMin<qint64>(width, done * width / total)) : 0;
        const QString bar = QString(filled, u'#') + QString(width - filled, u'-');
        m_err << '\r' << what << " [" << bar << "] " << done;
        if (total > 0)
            m_err << '/' << total;
        m_err << "   ";
        m_err.flush();
        m_progressOpen = true;
    } else {
        if (!last && now - m_lastProgressMs < 2000)
            return;
        m_lastProgressMs = now;
        m_err << what << ": " << done;
        if (total > 0)
            m_err << '/' << total;
        m_err << Qt::endl;
    }
}

void CliContext::progressDone()
{
    if (m_progressOpen) {
        m_err << Qt::endl;
        m_progressOpen = false;
    }
}

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

CommandRegistration::CommandRegistration(const char *name, const char *summary, CommandFn run, int order)
{
    registry().append(Command { name, summary, run, order });
}

QList<Command> registeredCommands()
{
    QList<Command> sorted = registry();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Command &a, const Command &b) { return a.order < b.order; });
    return sorted;
}

bool parseCommandLine(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this help."_s);
    parser.addOption(help);
    QStringList withProgram = args;
    withProgram.prepend(u"retaildesk-cli"_s);
    if (!parser.parse(withProgram)) {
        ctx.err() << "error: " << parser.errorText() << "\n\n" << parser.helpText();
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out() << parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace rd::cli
