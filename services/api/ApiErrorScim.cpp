// The sentences of a SCIM directory's answers (CATALOG §3): its own key, ScimError's scimType.
#include "ApiError.h"

#include <QRegularExpression>

namespace {

bool isScimRoute(const QString &path)
{
    static const QRegularExpression route(QStringLiteral("/scim/directory/[^/]+(/|$)"));
    return route.match(path).hasMatch();
}

} // namespace

QString ApiError::scimMessage() const
{
    if (!isScimRoute(m_path))
        return QString();
    const QString detail =
        m_serverMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_serverMessage);
    switch (m_kind) {
    case Kind::Unauthorized:
        return tr("This is not this directory's SCIM key; the organization's API key does not "
                  "work here. Copy the directory's SCIM API key from the identity provider's "
                  "settings in Atlassian Administration (regenerate it there if it is lost) "
                  "and save it for this directory.");
    case Kind::Forbidden:
        return tr("The directory refused this SCIM key%1. Regenerate the directory's SCIM API "
                  "key in Atlassian Administration and save the new one.")
            .arg(detail);
    case Kind::NotFound:
        return tr("Not found in this directory: the directory id, the record or the group does "
                  "not exist (or was deleted)%1.")
            .arg(detail);
    case Kind::BadRequest:
        if (m_serverCode == QLatin1String("invalidFilter"))
            return tr("The directory refused the filter%1. A filter is one comparison with eq "
                      "on userName or externalId (displayName for groups), the value in double "
                      "quotes.")
                .arg(detail);
        if (m_serverCode == QLatin1String("mutability"))
            return tr("The directory does not let this attribute change%1.").arg(detail);
        return QString();
    case Kind::Conflict:
        if (m_serverCode == QLatin1String("uniqueness"))
            return tr("The directory already holds this%1. For a person: another record, or "
                      "an account that already has the e-mail address, is in the way; unlink "
                      "or delete that record, or change the conflicting account's e-mail "
                      "address, then push again.")
                .arg(detail);
        return QString();
    case Kind::Server:
        return tr("The directory's SCIM service failed (HTTP %1) after several tries%2. Try "
                  "again in a few minutes.")
            .arg(m_httpStatus)
            .arg(detail);
    default:
        return QString();
    }
}
