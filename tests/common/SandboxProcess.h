#pragma once
// The real orderdesk-sandbox as a child process on a loopback port, for tests over HTTP.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace od::testing {

class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    /// Starts `executable` with `arguments` (port 0 unless given) and waits for the address it
    /// prints first. Empty when it runs; otherwise what went wrong. Its log (stderr) is dropped
    /// unless ORDERDESK_SANDBOX_LOG is set.
    QString start(const QString &executable, QStringList arguments = {})
    {
        if (!arguments.contains(QStringLiteral("--port")))
            arguments << QStringLiteral("--port") << QStringLiteral("0");
        if (qEnvironmentVariableIsSet("ORDERDESK_SANDBOX_LOG"))
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        else
            m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(executable, arguments);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("the sandbox did not start: ") + m_process.errorString();
        if (!QTest::qWaitFor([this] { return m_process.canReadLine(); }, 10000))
            return QStringLiteral("the sandbox printed no address");
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QString prefix = QStringLiteral("orderdesk-sandbox listening on ");
        m_url = QUrl(line.mid(prefix.size()));
        if (!line.startsWith(prefix) || !m_url.isValid() || m_url.port() <= 0)
            return QStringLiteral("unexpected first line: ") + line;
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return m_url; }

    /// An admin call (no token): GET when `body` is empty, else POST.
    QJsonObject admin(const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = body.isEmpty() ? network.get(request)
                                              : network.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace od::testing
