#include "PreviewRequestGuard.h"

#include "PreviewScheme.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPreview, "newsroom.preview", QtWarningMsg)

namespace newsroom {

void PreviewRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (info.requestUrl().scheme().toLatin1() == previewscheme::kName)
        return;
    qCDebug(lcPreview) << "Blocked" << info.requestUrl();
    info.block(true);
}

} // namespace newsroom
