#pragma once
// A QNetworkAccessManager that never touches the network: each request is answered by a
// scripted reply (status, headers, body, error, delay, or never). Records every request.

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>

namespace od::test {

struct ScriptedReply
{
    int status = 200; ///< 0: no HTTP status (transport error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}};
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int delayMs = 0;
    bool never = false;    ///< never finishes (until aborted)
    bool sslError = false; ///< sslErrors() then SslHandshakeFailedError

    static ScriptedReply json(int status, const QByteArray &body)
    {
        ScriptedReply r;
        r.status = status;
        r.body = body;
        return r;
    }
    static ScriptedReply failure(QNetworkReply::NetworkError error)
    {
        ScriptedReply r;
        r.status = 0;
        r.error = error;
        r.headers.clear();
        return r;
    }
};

struct RecordedRequest
{
    QNetworkAccessManager::Operation op;
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
    QUrl url() const { return request.url(); }
    QByteArray header(const char *name) const { return request.rawHeader(name); }
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const RecordedRequest &rec, const ScriptedReply &script, QObject *parent)
        : QNetworkReply(parent), m_script(script)
    {
        setRequest(rec.request);
        setUrl(rec.request.url());
        setOperation(rec.op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!script.never)
            QTimer::singleShot(script.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (m_done)
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        m_done = true;
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_done)
            return;
        if (m_script.sslError) {
            QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate)};
            emit sslErrors(errors);
            setError(SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
            m_done = true;
            setFinished(true);
            emit errorOccurred(SslHandshakeFailedError);
            emit finished();
            return;
        }
        if (m_script.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_script.status);
            for (const auto &h : m_script.headers)
                setRawHeader(h.first, h.second);
            emit metaDataChanged();
            m_data = m_script.body;
            if (!m_data.isEmpty()) {
                emit readyRead();
                emit downloadProgress(m_data.size(), m_data.size());
            }
        }
        if (m_script.error != NoError) {
            setError(m_script.error, QStringLiteral("scripted error %1").arg(int(m_script.error)));
        } else if (m_script.status >= 400) {
            // What Qt's HTTP backend reports for an error status.
            setError(m_script.status >= 500   ? InternalServerError
                     : m_script.status == 401 ? AuthenticationRequiredError
                     : m_script.status == 404 ? ContentNotFoundError
                                              : UnknownContentError,
                     QStringLiteral("HTTP %1").arg(m_script.status));
        }
        m_done = true;
        setFinished(true);
        if (error() != NoError)
            emit errorOccurred(error());
        emit finished();
    }

    ScriptedReply m_script;
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_done = false;
};

class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedReply(const RecordedRequest &)>;
    explicit FakeNetwork(QObject *parent = nullptr) : QNetworkAccessManager(parent) {}

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Replies given in turn, one per request; the last one repeats.
    void script(QList<ScriptedReply> replies)
    {
        m_queue = std::move(replies);
        m_handler = [this](const RecordedRequest &) {
            if (m_queue.size() > 1)
                return m_queue.takeFirst();
            return m_queue.isEmpty() ? ScriptedReply() : m_queue.first();
        };
    }

    QList<RecordedRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        RecordedRequest rec{op, {}, request, outgoingData ? outgoingData->readAll() : QByteArray()};
        rec.verb = op == GetOperation      ? QByteArray("GET")
                   : op == PostOperation   ? QByteArray("POST")
                   : op == PutOperation    ? QByteArray("PUT")
                   : op == DeleteOperation ? QByteArray("DELETE")
                   : op == HeadOperation
                       ? QByteArray("HEAD")
                       : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        requests.append(rec);
        const ScriptedReply script = m_handler ? m_handler(rec) : ScriptedReply();
        // QNetworkAccessManager itself emits finished(reply) for the replies it hands out.
        return new FakeReply(rec, script, this);
    }

private:
    Handler m_handler;
    QList<ScriptedReply> m_queue;
};

} // namespace od::test
