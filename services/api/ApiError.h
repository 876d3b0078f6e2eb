#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// One error type for every API call: what kind of failure, the HTTP status, the server's own
// code and message (parsed from any of the admin APIs' error bodies), and a sentence a person
// can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,
        Timeout,
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        Conflict,
        RateLimited,
        Server,
        BadResponse,
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString serverCode, QString serverMessage);

    // Maps an HTTP answer to an error: status, and whichever error body shape the server sent
    // (ProxyError, Errors/ApplicationErrors, User management's key/context, SCIM, Control).
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError network(const QString &detail);
    static ApiError timeout();
    static ApiError cancelled();
    static ApiError badResponse(const QString &detail);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString serverCode() const { return m_serverCode; }
    QString serverMessage() const { return m_serverMessage; }

    // Whether a read may be tried again after this error.
    bool isTransient() const;

    // A sentence for a person: what went wrong and what to do about it.
    QString userMessage() const;
    // The user message followed by the server's code and HTTP status, for logs and tooltips.
    QString detailedMessage() const;

    // A sentence for one of the invite route's ADMIN-UAM-* codes (CATALOG §0.4), also when it
    // is only part of a text ("ADMIN-UAM-409-3: Product License Limit Exceeded"); empty when
    // the text holds none.
    static QString uamCodeInWords(const QString &text);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_serverMessage;
};
