#include "OrgStore.h"
#include "Prng.h"
#include "Router.h"
#include "Routes.h"

namespace sandbox {
namespace {

QString initials(const QString &name)
{
    QString letters;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (letters.size() < 2)
            letters.append(word.at(0).toUpper());
    }
    return letters.toHtmlEscaped();
}

} // namespace

void addAvatarRoutes(Router &router, OrgStore &store)
{
    // Small initials avatars so that pictures load without the Internet. No key needed, as
    // for the real avatar service.
    router.add("GET", QStringLiteral("/sandbox/avatars/{file}"), [&store](const ApiRequest &r) {
        QString id = r.param(0);
        if (!id.endsWith(QLatin1String(".svg")))
            return ApiResponse::empty(404);
        id.chop(4);
        const int index = store.userIndex(id);
        if (index < 0)
            return ApiResponse::empty(404);
        static const char *const colours[] = {"#0052CC", "#00875A", "#FF5630", "#6554C0",
                                              "#FFAB00", "#00B8D9", "#36B37E", "#403294"};
        const char *colour = colours[Prng::mix(qHash(id)) % std::size(colours)];
        ApiResponse response;
        response.contentType = "image/svg+xml";
        response.body =
            QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" "
                           "viewBox=\"0 0 48 48\"><circle cx=\"24\" cy=\"24\" r=\"24\" "
                           "fill=\"%1\"/><text x=\"24\" y=\"30\" font-family=\"sans-serif\" "
                           "font-size=\"18\" fill=\"#fff\" text-anchor=\"middle\">%2</text></svg>")
                .arg(QLatin1String(colour), initials(store.data().users.at(index).name))
                .toUtf8();
        return response;
    });
}

} // namespace sandbox
