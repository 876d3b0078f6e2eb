#include "ApiError.h"

#include "ApiErrorBody.h"

#include <QRegularExpression>

namespace {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::BadRequest;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::BadResponse;
    }
}

// The audit log's routes (CATALOG §1.6): /admin/v1/orgs/{orgId}/events[/{id}], /events-stream,
// /event-actions.
bool isEventsRoute(const QString &path)
{
    static const QRegularExpression route(
        QStringLiteral("/v1/orgs/[^/]+/(events|events-stream|event-actions)(/|$)"));
    return route.match(path).hasMatch();
}

} // namespace

ApiError::ApiError(Kind kind, int httpStatus, QString serverCode, QString serverMessage)
    : m_kind(kind), m_httpStatus(httpStatus), m_serverCode(std::move(serverCode)),
      m_serverMessage(std::move(serverMessage))
{}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QString &path)
{
    const ApiErrorBody parsed = ApiErrorBody::parse(body);
    ApiError error(kindForStatus(httpStatus), httpStatus, parsed.code, parsed.message);
    error.m_path = path;
    return error;
}

ApiError ApiError::network(const QString &detail)
{
    return ApiError(Kind::Network, 0, QString(), detail);
}

ApiError ApiError::timeout()
{
    return ApiError(Kind::Timeout, 0, QString(), QString());
}

ApiError ApiError::cancelled()
{
    return ApiError(Kind::Cancelled, 0, QString(), QString());
}

ApiError ApiError::badResponse(const QString &detail)
{
    return ApiError(Kind::BadResponse, 0, QString(), detail);
}

ApiError ApiError::certificate(const QString &host, CertificateProblem problem,
                               const QString &detail)
{
    ApiError error(Kind::Certificate, 0, QString(), detail);
    error.m_host = host;
    error.m_certificateProblem = problem;
    return error;
}

ApiError ApiError::redirected(const QString &target)
{
    ApiError error(Kind::Redirected, 0, QString(), QString());
    error.m_host = target;
    return error;
}

ApiError ApiError::local(const QString &sentence)
{
    return ApiError(Kind::Local, 0, QString(), sentence);
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::Server;
}

QString ApiError::uamCodeInWords(const QString &text)
{
    static const QRegularExpression uam(QStringLiteral("ADMIN-UAM-(\\d{3})-(\\d+)"));
    const QRegularExpressionMatch match = uam.match(text);
    if (!match.hasMatch())
        return QString();
    const QString code = match.captured(1) + u'-' + match.captured(2);
    if (code == QLatin1String("400-1"))
        return tr("The server refused the invitation as malformed.");
    if (code == QLatin1String("400-2"))
        return tr("The account is deactivated: enable it before giving it access.");
    if (code == QLatin1String("400-3"))
        return tr("That workspace does not take this role.");
    if (code == QLatin1String("400-4"))
        return tr("The product is not licensed (or not online) on that workspace.");
    if (code == QLatin1String("401-1") || code == QLatin1String("401-2"))
        return tr("The API key was refused. It may be wrong, revoked or expired: create a new "
                  "key under Settings > API keys in Atlassian Administration and update the "
                  "connection.");
    if (code == QLatin1String("402-1"))
        return tr("Inviting people through the API needs at least one paid subscription in the "
                  "organization.");
    if (code == QLatin1String("403-1"))
        return tr("Not allowed: this key (or the group) does not let you invite there.");
    if (code == QLatin1String("403-2"))
        return tr("This key is not allowed to manage the organization: use an organization "
                  "admin's key without scopes.");
    if (code == QLatin1String("404-1"))
        return tr("The workspace no longer exists.");
    if (code == QLatin1String("404-2"))
        return tr("The organization was not found: check the organization id of the "
                  "connection.");
    if (code == QLatin1String("404-3"))
        return tr("A group of the invitation no longer exists.");
    if (code == QLatin1String("409-1"))
        return tr("The product's default group could not be created.");
    if (code == QLatin1String("409-2"))
        return tr("Someone else changed this at the same time: try again.");
    if (code == QLatin1String("409-3"))
        return tr("No licence is left on that workspace: free a seat or buy more, then try "
                  "again.");
    if (code == QLatin1String("429-1"))
        return tr("The server's rate limit was reached. Try again in a minute.");
    if (code.startsWith(QLatin1String("5")))
        return tr("The server failed. Try again later.");
    return QString();
}

QString ApiError::userMessage() const
{
    if (const QString words = scimMessage(); !words.isEmpty())
        return words;
    if (const QString words = uamCodeInWords(m_serverCode); !words.isEmpty())
        return words;
    if (m_httpStatus == 402)
        return tr("This needs a paid subscription in the organization.");
    const bool scopedKeyRefused = m_serverMessage.contains(QLatin1String("scope")) ||
                                  m_serverCode.contains(QLatin1String("scope"));
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        // The connection may have dropped after a change went out: never claim it was not made.
        return tr("The connection to the server failed (%1). Check the network connection; if "
                  "this was a change, look whether it was made before trying again.")
            .arg(m_serverMessage);
    case Kind::Timeout:
        return tr("The server did not answer in time. Try again in a moment.");
    case Kind::BadRequest:
        if (!m_serverMessage.isEmpty())
            return tr("The server refused the request: %1").arg(m_serverMessage);
        return tr("The server refused the request as malformed.");
    case Kind::Unauthorized:
        return tr("The API key was refused. It may be wrong, revoked or expired: create a new "
                  "key under Settings > API keys in Atlassian Administration and update the "
                  "connection.");
    case Kind::Forbidden:
        if (m_serverCode == QLatin1String("forbidden.unclaimedDomain"))
            return tr("The e-mail address is on a domain the organization has not verified (%1).")
                .arg(m_serverMessage);
        if (isEventsRoute(m_path))
            return tr("The audit log refused this key. Either the key has scopes without "
                      "read:events:admin (create a key with that scope, or one without scopes), "
                      "or the organization has no Atlassian Guard subscription (Standard or "
                      "above), which the audit log needs.");
        if (scopedKeyRefused)
            return tr("This key has scopes; this API needs a key without scopes. Create an API "
                      "key without scopes in Atlassian Administration.");
        return tr("This key is not allowed to do this%1. A key with scopes reaches only some "
                  "APIs; an organization admin's key without scopes reaches them all.")
            .arg(m_serverMessage.isEmpty() ? QString()
                                           : QStringLiteral(" (%1)").arg(m_serverMessage));
    case Kind::NotFound:
        return tr("Not found: the organization, directory or item does not exist, or this key "
                  "belongs to another organization.");
    case Kind::Conflict:
        if (!m_serverMessage.isEmpty())
            return tr("The server refused because of the item's current state: %1")
                .arg(m_serverMessage);
        return tr("The server refused because of the item's current state.");
    case Kind::RateLimited:
        return tr("The server's rate limit was reached and did not clear after several waits. "
                  "Try again in a minute.");
    case Kind::Server:
        return tr("The server failed (HTTP %1). Try again later.").arg(m_httpStatus);
    case Kind::BadResponse:
        return tr("The server sent an answer Orgdesk could not read%1.")
            .arg(m_serverMessage.isEmpty() ? QString()
                                           : QStringLiteral(": %1").arg(m_serverMessage));
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Certificate:
        return certificateMessage();
    case Kind::Redirected:
        return tr("The server redirected the request to %1. Orgdesk sends the key only to the "
                  "API's own address, so it stopped there and sent nothing else. Check the API "
                  "address of the connection, and any proxy between you and the server.")
            .arg(m_host);
    case Kind::Local:
        return m_serverMessage;
    }
    return QString();
}

QString ApiError::certificateMessage() const
{
    QString problem;
    switch (m_certificateProblem) {
    case CertificateProblem::Expired:
        problem = tr("its certificate has expired or is not valid yet (or this computer's clock "
                     "is wrong)");
        break;
    case CertificateProblem::WrongHost:
        problem = tr("its certificate was issued for another name");
        break;
    case CertificateProblem::UnknownIssuer:
        problem = tr("its certificate is signed by an authority this computer does not trust");
        break;
    case CertificateProblem::Revoked:
        problem = tr("its certificate has been revoked");
        break;
    case CertificateProblem::Other:
        problem = tr("its certificate could not be checked (%1)").arg(m_serverMessage);
        break;
    }
    return tr("Orgdesk did not trust %1: %2. Nothing was sent. When a company network inspects "
              "TLS, its proxy shows its own certificate: ask IT for the proxy's root "
              "certificate and add it to this computer's trusted certificates, or connect "
              "from another network.")
        .arg(m_host, problem);
}

QString ApiError::detailedMessage() const
{
    QString details;
    if (m_httpStatus)
        details = QStringLiteral("HTTP %1").arg(m_httpStatus);
    if (!m_serverCode.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral(", ")) + m_serverCode;
    return details.isEmpty() ? userMessage()
                             : QStringLiteral("%1 (%2)").arg(userMessage(), details);
}
