#pragma once

#include "CertificateProblem.h"

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
        Certificate, // the server's TLS certificate was not trusted: never retried
        Redirected,  // the server sent the request to another host, where the key may not go
        Local,       // not the server: the local archive or disk; the message says what
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString serverCode, QString serverMessage);

    // Maps an HTTP answer to an error: status, and whichever error body shape the server sent
    // (ProxyError, Errors/ApplicationErrors, User management's key/context, SCIM, Control).
    // `path` (the request's URL path) picks sentences that only some routes need.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QString &path = {});
    static ApiError network(const QString &detail);
    static ApiError timeout();
    static ApiError cancelled();
    static ApiError badResponse(const QString &detail);
    static ApiError certificate(const QString &host, CertificateProblem problem,
                                const QString &detail);
    static ApiError redirected(const QString &target);
    // A failure on this machine (writing the local archive), `sentence` already for a person.
    static ApiError local(const QString &sentence);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString serverCode() const { return m_serverCode; }
    QString serverMessage() const { return m_serverMessage; }
    // Certificate: the server that was not trusted; Redirected: where it pointed.
    QString host() const { return m_host; }
    CertificateProblem certificateProblem() const { return m_certificateProblem; }
    QString path() const { return m_path; }

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
    QString certificateMessage() const;
    // The sentence for an answer of a SCIM directory's routes (/scim/directory/...), whose keys
    // and error bodies are their own; empty when the general sentence fits.
    QString scimMessage() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_serverMessage;
    QString m_host; // Certificate: the server's; Redirected: where it pointed
    CertificateProblem m_certificateProblem = CertificateProblem::Other;
    QString m_path;
};
