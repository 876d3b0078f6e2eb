#pragma once

class QCoreApplication;

// What every run of `orgdesk` shares, with or without a window.

// The name, organization and version Qt reports (and --version prints); before any application
// object exists.
void setApplicationIdentity();

// Qt's own and Orgdesk's translations for the system's language, owned by `app`.
void installTranslations(QCoreApplication *app);
