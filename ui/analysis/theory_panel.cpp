#include "ui/analysis/theory_panel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "core/model/analytic.h"
#include "core/model/theory.h"
#include "ui/style/display_format.h"

namespace lif::ui {

namespace {

/// Cards 0..3 are the theory, 4..6 the measurements: the second row starts here when the cards wrap.
constexpr std::size_t kFirstMeasured = 4;
constexpr int kSpacing = 6;
/// A wrapped panel goes back to one row only this much beyond the width one row needs (no flicker at the edge).
constexpr int kHysteresis_px = 24;

/// Enough decimals that the distance from the threshold shows with two significant digits (one decimal at
/// least, four at most): -45 mV, -50.5 mV, -50.04 mV, -49.996 mV.
int decimalsForMargin(double margin_mV) {
    if (!(std::fabs(margin_mV) > 0.0)) {
        return 1;
    }
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(margin_mV))));
    return std::clamp(1 - magnitude, 1, 4);
}

}  // namespace

TheoryPanel::TheoryPanel(const ModelSetup& setup, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("theoryPanel"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(kSpacing);
    auto* first = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    for (QHBoxLayout* row : {first, second}) {
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(kSpacing);
        rows->addLayout(row);
    }
    firstRow_ = first;
    secondRow_ = second;
    cards_.reserve(7);
    const auto add = [&](const QString& key, const QString& title, const QString& formula, bool measured) {
        auto* frame = new QFrame(this);
        frame->setObjectName(measured ? QStringLiteral("measuredCard") : QStringLiteral("theoryCard"));
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 5);
        box->setSpacing(0);
        auto* titleLabel = new QLabel(title, frame);
        titleLabel->setProperty("role", QStringLiteral("cardTitle"));
        auto* value = new QLabel(frame);
        value->setObjectName(key);
        value->setProperty("role", QStringLiteral("cardValue"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* detail = new QLabel(formula, frame);
        detail->setProperty("role", QStringLiteral("cardDetail"));
        detail->setWordWrap(true);
        box->addWidget(titleLabel);
        box->addWidget(value);
        box->addWidget(detail);
        box->addStretch(1);
        frame->setToolTip(title + QStringLiteral(": ") + formula);
        frames_.push_back(frame);
        cards_.push_back(Card{key, value, detail});
    };
    add(QStringLiteral("tauM"), tr("Membrane \u03c4m"), QStringLiteral("C / gL"), false);
    add(QStringLiteral("rheobase"), tr("Rheobase"), QStringLiteral("gL (Vth \u2212 EL)"), false);
    add(QStringLiteral("vInf"), tr("Steady state V\u221e"), QStringLiteral("EL + I / gL"), false);
    add(QStringLiteral("predictedRate"), tr("Predicted rate"), QString(), false);
    add(QStringLiteral("measuredRate"), tr("Measured rate"), QString(), true);
    add(QStringLiteral("meanIsi"), tr("Mean ISI"), tr("inter-spike interval"), true);
    add(QStringLiteral("cv"), tr("ISI CV"), tr("SD / mean of ISIs"), true);
    arrange(1);
    setSetup(setup);
    setMeasured(SpikeStatistics::Summary{}, 1000.0);
}

TheoryPanel::Card& TheoryPanel::card(const QString& key) {
    for (Card& entry : cards_) {
        if (entry.key == key) {
            return entry;
        }
    }
    throw std::logic_error("TheoryPanel: no card '" + key.toStdString() + "'");
}

const TheoryPanel::Card* TheoryPanel::findCard(const QString& key) const {
    for (const Card& entry : cards_) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

QString TheoryPanel::valueText(const QString& key) const {
    const Card* entry = findCard(key);
    return entry != nullptr ? entry->value->text() : QString();
}

QString TheoryPanel::detailText(const QString& key) const {
    const Card* entry = findCard(key);
    return entry != nullptr ? entry->detail->text() : QString();
}

int TheoryPanel::oneRowWidth() const {
    int width = kSpacing * static_cast<int>(frames_.size() - 1);
    for (const QWidget* frame : frames_) {
        width += frame->minimumSizeHint().width();
    }
    return width;
}

QSize TheoryPanel::minimumSizeHint() const {
    // Wrapped: the wider of the two rows.
    int first = 0;
    int second = 0;
    for (std::size_t i = 0; i < frames_.size(); ++i) {
        (i < kFirstMeasured ? first : second) += frames_[i]->minimumSizeHint().width() + kSpacing;
    }
    return {std::max(first, second) - kSpacing, QWidget::minimumSizeHint().height()};
}

void TheoryPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int need = oneRowWidth();
    const int width = event->size().width();
    if (rows_ == 1 && width < need) {
        arrange(2);
    } else if (rows_ == 2 && width >= need + kHysteresis_px) {
        arrange(1);
    }
}

void TheoryPanel::arrange(int rows) {
    rows_ = rows;
    for (std::size_t i = 0; i < frames_.size(); ++i) {
        QHBoxLayout* target = rows == 1 || i < kFirstMeasured ? firstRow_ : secondRow_;
        firstRow_->removeWidget(frames_[i]);
        secondRow_->removeWidget(frames_[i]);
        target->addWidget(frames_[i], 1);
    }
}

void TheoryPanel::setSetup(const ModelSetup& setup) {
    const Parameters& p = setup.parameters;
    // One prediction, the f-I view's: the mean drive (injected plus mean synaptic current) and, with Poisson input
    // or noise, the diffusion approximation. Protocols that change in time have no stationary rate; V_inf and the
    // rheobase are then those of the amplitude (the step's I, the ramp's end) with the same synaptic mean.
    const std::optional<theory::InjectedCurrent> stationary = theory::stationaryInjected(setup.stimulus);
    const theory::InjectedCurrent injected = stationary.value_or(theory::InjectedCurrent{setup.stimulus.amplitude()});
    const theory::Prediction prediction = theory::predict(p, injected);
    const double synaptic = theory::meanSynapticCurrent_pA(p);
    const bool withSynapses = synaptic != 0.0;
    const QString meanIsyn = QStringLiteral("⟨Isyn⟩");

    card(QStringLiteral("tauM")).value->setText(displayQuantity(analytic::membraneTimeConstant_ms(p), "ms"));
    Card& rheobase = card(QStringLiteral("rheobase"));
    rheobase.value->setText(displayQuantity(theory::rheobaseInjected_pA(p), "pA"));
    rheobase.detail->setText(withSynapses ? QStringLiteral("gL (Vth − EL) − %1, "
                                                           "%1 = %2")
                                                .arg(meanIsyn, displayQuantity(synaptic, "pA"))
                                          : QStringLiteral("gL (Vth − EL)"));

    // Near the threshold whole millivolts hide why 374 pA is silent and 376 pA fires: show the margin.
    Card& vInf = card(QStringLiteral("vInf"));
    const double steady = prediction.vInf_mV;
    const double margin = steady - p.Vth;
    vInf.value->setText(displayDecimals(steady, decimalsForMargin(margin)) + QStringLiteral(" mV"));
    // No-break spaces inside each part: a narrow card breaks the line between formula and margin only.
    QString relation = QStringLiteral("= Vth");
    if (margin != 0.0) {
        relation +=
            QStringLiteral(" %1 %2 mV")
                .arg(margin > 0.0 ? QStringLiteral("+") : QStringLiteral("−"), displayNumber(std::fabs(margin), 2));
    }
    vInf.detail->setText(
        (withSynapses ? QStringLiteral("EL + (I + %1)/gL ").arg(meanIsyn) : QStringLiteral("EL + I/gL ")) + relation);

    Card& predicted = card(QStringLiteral("predictedRate"));
    regimeInside_ = true;
    if (!stationary) {
        predicted.value->setText(QStringLiteral("—"));
        predicted.detail->setText(tr("for constant or noise input only"));
        predicted.value->parentWidget()->setToolTip(
            tr("Predicted rate: a stationary rate exists only "
               "for constant input (with or without noise)"));
    } else if (prediction.membrane.fluctuating) {
        // Fluctuating input: Siegert's formula with the Fourcaud-Brunel correction, an approximation, and said so.
        predicted.value->setText(QStringLiteral("≈ ") + displayQuantity(prediction.fourcaudBrunel.rate_Hz, "Hz", 3));
        regimeInside_ = prediction.regime.inside;
        predicted.detail->setText(regimeInside_ ? tr("diffusion approx.")
                                                : tr("diffusion approx. ⚠ outside its regime"));
        predicted.value->parentWidget()->setToolTip(
            tr("Predicted rate: Siegert's formula with the Fourcaud-Brunel correction for synaptic "
               "filtering (diffusion approximation; %1 without the correction; the closed form at the "
               "mean drive gives %2).\n%3")
                .arg(displayQuantity(prediction.siegert.rate_Hz, "Hz", 3),
                     displayQuantity(prediction.deterministic_Hz, "Hz", 3), fromCoreText(prediction.regime.reason)));
    } else {
        predicted.value->setText(displayQuantity(prediction.deterministic_Hz, "Hz", 4));
        const double isi = analytic::interSpikeInterval_ms(p, prediction.meanDrive_pA);
        predicted.detail->setText(
            std::isinf(isi) ? (withSynapses ? tr("mean drive below rheobase: silent") : tr("I below rheobase: silent"))
                            : QStringLiteral("ISI ") + displayQuantity(isi, "ms", 4));
        predicted.value->parentWidget()->setToolTip(
            tr("Predicted rate: the closed form for constant input, exact here"));
    }
}

void TheoryPanel::setMeasured(const SpikeStatistics::Summary& summary, double window_ms) {
    Card& rate = card(QStringLiteral("measuredRate"));
    rate.value->setText(displayQuantity(summary.rate_Hz, "Hz"));
    // The time the count covers: the window, or less while the history is shorter (just widened, just started).
    const double span = summary.span_ms > 0.0 ? summary.span_ms : window_ms;
    rate.detail->setText(tr("%1 in\u00a0last\u00a0%2")
                             .arg(countOf(static_cast<qint64>(summary.spikeCount), tr("spike"), tr("spikes")),
                                  displayDuration(span).replace(QChar(0x2009), QChar(0x202f))));
    card(QStringLiteral("meanIsi"))
        .value->setText(std::isnan(summary.meanIsi_ms) ? QStringLiteral("\u2014")
                                                       : displayQuantity(summary.meanIsi_ms, "ms", 4));
    card(QStringLiteral("cv"))
        .value->setText(std::isnan(summary.cvIsi) ? QStringLiteral("\u2014")
                                                  : QLocale::c().toString(summary.cvIsi, 'f', 2));
}

}  // namespace lif::ui
