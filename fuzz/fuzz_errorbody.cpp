// The server's error bodies in their five shapes (CATALOG §0.4: ProxyError, Errors /
// ApplicationErrors, user management's key and context, its lifecycle array, ScimError), and
// the sentence made from them for each status the client maps.
#include "ApiError.h"
#include "ApiErrorBody.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    (void)ApiErrorBody::parse(body);
    for (const int status : {400, 401, 403, 404, 409, 429, 500, 503}) {
        const ApiError error = ApiError::fromHttp(status, body);
        Fuzz::check(!error.userMessage().isEmpty(), "every error has a sentence");
    }
    return 0;
}
