#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace rd::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built retaildesk-cli with `args`, an optional stdin and extra environment.
inline CliRun runCli(const QStringList &args, const QByteArray &input = {},
                     const QProcessEnvironment &extraEnv = QProcessEnvironment(), int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RETAILDESK_API_KEY"));
    env.remove(QStringLiteral("RETAILDESK_DB_PASSWORD"));
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("RETAILDESK_BIN_DIR") + QStringLiteral("/retaildesk-cli"), args);
    p.waitForStarted();
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace rd::test
