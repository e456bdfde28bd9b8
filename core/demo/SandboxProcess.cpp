#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

const QString kExecutable = u"retaildesk-sandbox"_s;

} // namespace

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::findExecutable()
{
    QStringList dirs;
    if (QCoreApplication::instance())
        dirs.append(QCoreApplication::applicationDirPath());
    const QString binDir = qEnvironmentVariable("RETAILDESK_BIN_DIR");
    if (!binDir.isEmpty())
        dirs.append(binDir);
    for (const QString &dir : dirs) {
        const QFileInfo candidate(QDir(dir).filePath(kExecutable));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

Result<QUrl> SandboxProcess::start(const SandboxOptions &options, int timeoutMs)
{
    stop();
    const QString program = findExecutable();
    if (program.isEmpty())
        return Error(ErrorCode::Internal, u"The sandbox CRM (%1) was not found."_s.arg(kExecutable),
                     u"Build it (target %1) and keep it beside this program, or set RETAILDESK_BIN_DIR to its "
                     "directory."_s.arg(kExecutable));

    QStringList args { u"--port"_s,
                       QString::number(options.port),
                       u"--seed"_s,
                       options.seed,
                       u"--site"_s,
                       options.site,
                       u"--rate-limit"_s,
                       QString::number(options.rateLimit),
                       u"--latency-ms"_s,
                       QString::number(options.latencyMs),
                       u"--fault-503"_s,
                       QString::number(options.fault503),
                       u"--fault-reset"_s,
                       QString::number(options.faultReset),
                       u"--fault-malformed"_s,
                       QString::number(options.faultMalformed),
                       u"--fault-hang"_s,
                       QString::number(options.faultHang) };
    if (!options.dbPath.isEmpty())
        args << u"--db"_s << options.dbPath;

    m_apiKey = options.apiKey.isEmpty() ? u"sandbox-key"_s : options.apiKey;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RETAILDESK_SANDBOX_API_KEY"_s, m_apiKey);

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent]() {
        // Die with the parent; if it is already gone, do not linger.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    m_stderrTail.clear();
    // Drain stderr while running so a chatty child never blocks on a full pipe; keep the last 64 KiB.
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardError, process, [this, process]() {
        m_stderrTail += process->readAllStandardError();
        if (m_stderrTail.size() > 65536)
            m_stderrTail = m_stderrTail.right(65536);
    });
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(timeoutMs)) {
        const QString why = m_process->errorString();
        m_process.reset();
        return Error(ErrorCode::Internal, u"Cannot start the sandbox CRM %1: %2"_s.arg(program, why));
    }

    static const QRegularExpression listening(u"^retaildesk-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"_s);
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine()
            || m_process->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())))) {
            while (m_process->canReadLine()) {
                const QString line = QString::fromUtf8(m_process->readLine());
                const QRegularExpressionMatch m = listening.match(line);
                if (m.hasMatch()) {
                    m_url = QUrl(m.captured(1));
                    return m_url;
                }
                out += line.toUtf8();
            }
        }
        if (m_process->state() != QProcess::Running)
            break;
    }
    const QString err = errorOutput();
    stop();
    return Error(ErrorCode::Internal,
                 u"The sandbox CRM did not start within %1 ms: %2"_s.arg(timeoutMs).arg(
                     err.trimmed().isEmpty() ? QString::fromUtf8(out).trimmed() : err.trimmed()),
                 u"Run %1 by hand to see why."_s.arg(program));
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
    m_url.clear();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 SandboxProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString SandboxProcess::errorOutput()
{
    if (m_process)
        m_stderrTail += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderrTail);
}

Status SandboxProcess::configure(const QJsonObject &config)
{
    const Result<QJsonObject> r = control("POST", u"/_sandbox/config"_s, config);
    if (!r)
        return r.error();
    return {};
}

Result<QJsonObject> SandboxProcess::stats()
{
    return control("GET", u"/_sandbox/stats"_s);
}

Result<QJsonObject> SandboxProcess::control(const QByteArray &method, const QString &path, const QJsonObject &body,
                                            int timeoutMs)
{
    if (!isRunning())
        return Error(ErrorCode::Network, u"The sandbox CRM is not running."_s);
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkAccessManager nam;
    QNetworkReply *reply = nullptr;
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (method == "GET")
        reply = nam.get(request);
    else
        reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Error(ErrorCode::Network, u"Sandbox control call %1 failed: %2"_s.arg(path, reply->errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::MalformedResponse,
                     u"Sandbox control call %1 answered HTTP %2 with a body that is not "
                     "a JSON object."_s.arg(path)
                         .arg(status));
    const QJsonObject object = doc.object();
    if (status >= 400 || !object.value(u"success"_s).toBool(true)) {
        Error e(ErrorCode::Usage,
                u"Sandbox control call %1 was refused (HTTP %2): %3"_s.arg(path).arg(status).arg(
                    object.value(u"errorMsg"_s).toString()));
        e.httpStatus = status;
        return e;
    }
    return object;
}

} // namespace rd
