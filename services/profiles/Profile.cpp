#include "Profile.h"

#include "ApiClient.h"

#include <QUuid>

QUrl Profile::defaultBaseUrl()
{
    return QUrl(QString::fromLatin1(ApiClient::defaultBaseUrl));
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::adminKeyEntry(const QString &profileId)
{
    return QStringLiteral("profile/%1/admin-api-key").arg(profileId);
}

QString Profile::scimKeyEntry(const QString &profileId, const QString &directoryId)
{
    return QStringLiteral("profile/%1/scim/%2").arg(profileId, directoryId);
}

QString Profile::scimDirectoryLabel(const QString &directoryId) const
{
    const QString name = scimDirectoryNames.value(directoryId);
    return name.isEmpty() ? directoryId : name;
}

QString Profile::kindName(Kind kind)
{
    return kind == Kind::Sandbox ? QStringLiteral("sandbox") : QStringLiteral("organization");
}

Profile::Kind Profile::kindFromName(const QString &name)
{
    return name == QLatin1String("sandbox") ? Kind::Sandbox : Kind::Organization;
}
