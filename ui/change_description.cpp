#include "ui/change_description.h"

#include <QStringList>

#include "ui/display_format.h"

namespace lif::ui {

namespace {

QString arrow(const QString& name, double from, double to, std::string_view unit) {
    QString text = name + QLatin1Char(' ') + displayNumber(from, 6) + QStringLiteral(" \u2192 ") + displayNumber(to, 6);
    if (!unit.empty()) {
        text += QLatin1Char(' ') + qs(unit);
    }
    return text;
}

}  // namespace

QString describeChange(const ModelSetup& before, const ModelSetup& after) {
    QStringList parts;
    for (const ParamSpec& spec : parameterTable()) {
        const double from = before.parameters.*spec.field;
        const double to = after.parameters.*spec.field;
        if (from != to) {
            parts << arrow(qs(spec.name), from, to, spec.unit);
        }
    }
    if (before.stimulus.kind != after.stimulus.kind) {
        parts << QStringLiteral("stimulus %1 \u2192 %2")
                     .arg(qs(protocolOf(before.stimulus.kind).name), qs(protocolOf(after.stimulus.kind).name));
    } else {
        const auto& protocol = protocolOf(after.stimulus.kind);
        for (std::size_t i = 0; i < protocol.fields.size(); ++i) {
            if (before.stimulus.values[i] != after.stimulus.values[i]) {
                parts << arrow(qs(protocol.fields[i].name), before.stimulus.values[i], after.stimulus.values[i],
                               protocol.fields[i].unit);
            }
        }
    }
    if (before.solver != after.solver) {
        parts << QStringLiteral("solver %1 \u2192 %2").arg(qs(solverName(before.solver)), qs(solverName(after.solver)));
    }
    constexpr int kMaxNamed = 3;
    if (parts.size() > kMaxNamed) {
        const auto more = parts.size() - kMaxNamed;
        parts = parts.mid(0, kMaxNamed);
        parts << QStringLiteral("+%1 more").arg(more);
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace lif::ui
