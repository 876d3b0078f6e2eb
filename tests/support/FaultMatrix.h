#pragma once

#include "RetryPolicy.h"

#include <QString>
#include <QStringList>

// The hostile-server matrix (tst_faultmatrix_*): one mix of faults on every route, and a client
// patient enough to get through it within the tests' time.
namespace FaultMatrix {

// Every kind of fault the sandbox's mix knows, about a quarter of all requests. Slow answers
// come later than the client's transfer timeout (matrixPolicy()).
inline const QString spec =
    QStringLiteral("5xx=0.06,drop=0.04,slow=0.03:400,malformed=0.03,truncated=0.03,wrongshape=0.03,"
                   "429burst=0.02:3");

// Short backoffs and a 250 ms transfer timeout; enough retries that a read meets four faults in
// a row only about once in 100,000 calls.
RetryPolicy matrixPolicy();

// The ids named more than once, each once.
QStringList duplicates(const QStringList &ids);

} // namespace FaultMatrix
