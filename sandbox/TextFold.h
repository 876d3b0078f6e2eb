#pragma once

#include <QString>

namespace sandbox {

// "María García" -> "mariagarcia": lowercase ASCII letters and digits only (for e-mails).
QString asciiFold(const QString &text);

// "Élodie Moreau" -> "elodie moreau": lowercase, accents dropped, for a stable order by name.
QString sortKey(const QString &text);

} // namespace sandbox
