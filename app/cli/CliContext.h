#pragma once

#include "common/Result.h"
#include "config/Profile.h"
#include "config/SecretStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace rd {
class CrmClient;
class DemoEnvironment;
class ShopDatabase;
} // namespace rd

namespace rd::cli {

// What every command gets: the global options, the profile (loaded on demand), the secrets, and the
// two output channels — stdout for results (text or one JSON document), stderr for progress and errors.
class CliContext
{
public:
    CliContext();
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    QString configPath; // --config, empty = Profile::defaultPath()
    bool demo = false; // --demo
    bool json = false; // --json
    bool quiet = false; // --quiet

    // Loads (once) the profile from --config or the default path, or sets up the demo profile
    // (demo shop + a sandbox started on a free loopback port) with --demo.
    Result<Profile *> profile();
    SecretStore &secrets();
    // The API key / DB password from the secret store (with the demo override when --demo).
    Result<QString> secret(SecretKind kind);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Prints a result document: indented JSON with --json, else nothing (commands print their own text).
    void printJson(const QJsonObject &doc);
    // Prints an error for a person on stderr (and as {"error": ...} on stdout with --json); returns its exit code.
    int fail(const Error &error);
    // A progress line on stderr: a bar on a terminal, plain lines otherwise, nothing with --quiet.
    void progress(const QString &what, qint64 done, qint64 total);
    void progressDone();

private:
    QTextStream m_out;
    QTextStream m_err;
    std::optional<Profile> m_profile;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DemoEnvironment> m_demo;
    bool m_stderrIsTty = false;
    qint64 m_lastProgressMs = 0;
    bool m_progressOpen = false;
};

// Command entry points: args[0] is the command name, the rest its own arguments. Each returns an exit code.
using CommandFn = int (*)(CliContext &ctx, const QStringList &args);

struct Command
{
    const char *name;
    const char *summary; // one line for the usage text
    CommandFn run;
    int order; // position in the usage text
};

// One small file per command; each registers itself at static-initialisation time:
//   static const CommandRegistration reg{"check", "test the CRM key ...", &runCheck, 10};
// so adding a command never touches main.cpp.
struct CommandRegistration
{
    CommandRegistration(const char *name, const char *summary, CommandFn run, int order);
};
// Every registered command, sorted by `order`.
QList<Command> registeredCommands();

// A CRM client for the profile and its API key (shared by the commands that talk to the CRM).
Result<std::unique_ptr<CrmClient>> makeCrmClient(CliContext &ctx);
// The shop database of the profile (opened and detected), with its password.
Result<std::shared_ptr<ShopDatabase>> openShop(CliContext &ctx);

// Exit codes of INTERFACE.md.
enum ExitCode { ExitOk = 0, ExitItemsFailed = 1, ExitUsage = 2, ExitConnection = 3, ExitInterrupted = 130 };

// Parses a command's own options (args[0] is the command name). On --help prints the help and sets
// exitCode to 0; on a usage error prints the error and the help to stderr and sets exitCode to 2.
// Returns true when the command should go on.
bool parseCommandLine(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, int &exitCode);

} // namespace rd::cli
