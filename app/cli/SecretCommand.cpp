// retaildesk-cli secret set crm-api-key|shop-db-password — reads the value from standard input.
#include "CliContext.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

// Reads one line from stdin without echo when it is a terminal; the value never reaches argv or a log.
QString readSecretFromStdin(CliContext &ctx, const QString &prompt)
{
    const bool tty = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (tty) {
        ctx.err() << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray data = tty ? in.readLine() : in.readAll();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << Qt::endl;
    }
    // A trailing newline from `echo` is not part of the secret; inner whitespace is kept.
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

} // namespace

int runSecret(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Store a secret in the system keychain for this profile. The value is read from "
        u"standard input, e.g.  printf %s \"$KEY\" | retaildesk-cli secret set crm-api-key"_s);
    parser.addPositionalArgument(u"set"_s, u"The action: set."_s);
    parser.addPositionalArgument(u"name"_s, u"crm-api-key or shop-db-password."_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    if (pos.size() != 2 || pos.at(0) != u"set"_s) {
        ctx.err() << "usage: retaildesk-cli secret set crm-api-key|shop-db-password  (the value comes from stdin)\n";
        return ExitUsage;
    }
    SecretKind kind;
    if (pos.at(1) == SecretStore::cliName(SecretKind::CrmApiKey))
        kind = SecretKind::CrmApiKey;
    else if (pos.at(1) == SecretStore::cliName(SecretKind::ShopDbPassword))
        kind = SecretKind::ShopDbPassword;
    else {
        ctx.err() << "Unknown secret '" << pos.at(1) << "': use crm-api-key or shop-db-password.\n";
        return ExitUsage;
    }
    if (ctx.demo) {
        ctx.err() << "The demo profile needs no secrets: its sandbox key is made at start.\n";
        return ExitUsage;
    }
    const QString path = ctx.configPath.isEmpty() ? Profile::defaultPath() : ctx.configPath;
    if (!QFileInfo::exists(path)) {
        return ctx.fail(Error(ErrorCode::Config, u"Config file %1 does not exist."_s.arg(path),
                              u"Create the profile first (setup wizard, or write the INI file of the README), "
                              u"then store its secrets."_s));
    }
    const QString value = readSecretFromStdin(ctx, pos.at(1) + u": "_s);
    if (value.trimmed().isEmpty()) {
        return ctx.fail(Error(ErrorCode::Usage, u"No value on standard input: nothing was stored."_s,
                              u"Pipe the value in, e.g. printf %s \"$KEY\" | retaildesk-cli secret set crm-api-key"_s));
    }
    if (kind == SecretKind::CrmApiKey && value != value.trimmed()) {
        return ctx.fail(Error(ErrorCode::Usage, u"The API key has leading or trailing spaces: nothing was stored."_s,
                              u"Copy the key again from RetailCRM (Settings → Integration → API access keys)."_s));
    }
    const Status stored = ctx.secrets().write(kind, value);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { u"ok"_s, true }, { u"stored"_s, pos.at(1) } });
    else if (!ctx.quiet)
        ctx.err() << "Stored " << pos.at(1) << " in the system keychain for " << path << ".\n";
    return ExitOk;
}

static const CommandRegistration registration {
    "secret", "set crm-api-key|shop-db-password (the value is read from standard input)", &runSecret, 100
};

} // namespace rd::cli
