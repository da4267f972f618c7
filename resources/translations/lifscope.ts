<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>lif::Parameters</name>
    <message>
        <source>Capacitance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membrane capacitance: charge needed per mV. Divides every current in C dV/dt, so larger C means a slower membrane (tau_m = C/gL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak conductance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak conductance: how strongly V is pulled back to EL, the -gL (V - EL) term. Larger gL means a faster, less excitable membrane and a higher rheobase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak reversal potential: where V settles with no input, the EL in -gL (V - EL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike threshold: when V reaches Vth the neuron fires and V is reset. Must lie above Vreset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value V jumps to after a spike and is held at during the refractory period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage the trace is drawn up to at a spike (display only; the dynamics reset at Vth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refractory period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute refractory period: V is clamped at Vreset this long after each spike; it caps the rate at 1000/tref Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excitatory tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay time constant of the excitatory synaptic current: dIe/dt = -Ie/tauE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhibitory tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay time constant of the inhibitory synaptic current: dIi/dt = -Ii/tauI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excitatory weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump of the excitatory current at each excitatory input spike: Ie += wE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhibitory weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump of the inhibitory current at each inhibitory input spike: Ii -= wI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excitatory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of the Poisson train of excitatory input spikes (all excitatory inputs pooled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhibitory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of the Poisson train of inhibitory input spikes (all inhibitory inputs pooled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the Poisson inputs and the noise current: the same seed gives the same run, spike for spike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute error allowed per step of the adaptive solver (mV for V, pA for currents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative error allowed per step of the adaptive solver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest step of the adaptive solver, and the fixed step of the Euler and RK4 solvers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::Solvers</name>
    <message>
        <source>the closed form where the model is linear between events, Dormand-Prince where it is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed-form propagation between events, crossings by root finding on the closed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormand-Prince 5(4), adaptive, dense output (Boost.Odeint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic Runge-Kutta 4, fixed step maxStep, cubic Hermite interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward Euler, fixed step maxStep, linear interpolation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::Stimulus</name>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iext = I at all times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iext = I for ON &lt;= t &lt; OFF, else 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time the current switches on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time the current switches off (after ON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iext = I during each pulse, 0 between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration of each pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from one pulse onset to the next (&gt;= WIDTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onset of the first pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 before T0, linear from I0 to I1 between T0 and T1, I1 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current at T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current at T1 and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the ramp (0 before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the ramp (after T0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iext = OFFSET + AMP sin(2 pi FREQ t + PHASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ornstein-Uhlenbeck current, sampled exactly on a grid of min(0.1 ms, TAU/20) and held in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase at the protocol&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::AnalysisViews</name>
    <message>
        <source>&amp;Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;f-I curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing rate against input current: simulation, closed form and diffusion theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-spike intervals: statistics, histogram and return map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dV/dt against V: why the neuron fires only when V∞ &gt; Vth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace is exported with File &gt; Export data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: choose a name ending in .png, .svg, .pdf or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace is exported with File &gt; Export image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::ChangeDescription</name>
    <message>
        <source>stimulus %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solver %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::CollapsibleSection</name>
    <message>
        <source>Shows or hides the %1 controls (Space or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::ExportActions</name>
    <message>
        <source>Export &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the run from t = 0 and writing the CSV files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visible window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole recording (replayed from t = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export which part of the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace CSV (the spike CSV goes beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solver </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky integrate-and-fire neuron, t = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 (16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, 1200 × 800 (3:2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide, at the plot&apos;s size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on screen (%1: thin lines, small text, no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides have thick lines, text sized for the picture,
a title and the parameters. Size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::FiCurvePlot</name>
    <message>
        <source>injected current I (pA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing rate (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed form f(I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diffusion approx.: Siegert (white noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diffusion approx.: Fourcaud-Brunel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rheobase %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::FiCurveView</name>
    <message>
        <source>With fluctuating input: simulated time per current over which spikes are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting time per current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %n current(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sweep cancelled: %n current(s) done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fluctuating input: simulated mean rates ± standard error; the diffusion approximation applies (many small inputs, fast synapses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluctuating input, outside the diffusion approximation&apos;s regime: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stimulus changes in time: the sweep uses a constant current at each point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterministic input: rates from the steady-state ISI, equal to the closed form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first input current of the sweep, in pA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last input current of the sweep, in pA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance between the swept currents, in pA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures the firing rate at each current of the sweep, on every core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the sweep under way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LIFscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFscope user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIFscope keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LIFscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LIFscope %1&lt;/h3&gt;&lt;p&gt;See a neuron think: a leaky integrate-and-fire neuron simulated live, with the theory beside it, and the same engine without a window (&lt;tt&gt;lifscope --headless&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT. You may use, copy, change and share it, with the copyright and licence notice. The window links QCustomPlot (GPL-3.0 or later), so this program as a whole is distributed under the GPL&apos;s terms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to cite:&lt;/b&gt; LIFscope, version %1, a live simulator of the leaky integrate-and-fire neuron. To make a figure reproducible, give the version and publish the session file (File &amp;gt; Save session) or the CSV with its metadata lines; &lt;nobr&gt;&lt;tt&gt;lifscope --headless --config SESSION.json&lt;/tt&gt;&lt;/nobr&gt; replays it spike for spike.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::IsiView</name>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of recent intervals summarised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inter-spike interval (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISI n (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISI n+1 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No intervals yet (%n spike(s) so far).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s): rate %1, mean ISI %2, SD %3, CV %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How many of the latest inter-spike intervals the statistics cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise every interval since the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each inter-spike interval occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each interval against the next: regular firing is one point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::MainWindow</name>
    <message>
        <source>LIFscope — a leaky integrate-and-fire neuron, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 %3 (shown: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulus %1 (shown: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — paused. Change a parameter, press Run or Reset to start again at t = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export analysis &amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the f-I curve, ISI or phase line tab first; the trace is exported with Export image and Export data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export analysis view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and data (*.png *.svg *.pdf *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s %1 given input spikes are not used by the window (the CLI uses them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rheobase </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — LIFscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It holds the values in force, not the refused ones shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · running at %1× of %2× requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1× real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membrane potential with its spikes and threshold, the spike raster and the input currents. Space runs or pauses, R resets; when paused the wheel zooms and a drag pans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live voltage trace, spike raster and input currents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing rate against input current: the simulated sweep beside the theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-spike intervals: rate, mean, SD and CV, histogram and return map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dV/dt against V for the present drive: the fixed point, threshold and reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::ParameterControl</name>
    <message>
        <source>%1 of the %2 protocol: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is out of range; allowed %3 to %4%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Set to %3%4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;i&gt;Allowed: %4 to %5&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: part of a refused combination, see the status bar. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::ParameterPanel</name>
    <message>
        <source>Membrane and spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synaptic input (Poisson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimulus protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaky integrate-and-fire&lt;/b&gt;&lt;br&gt;C dV/dt = −g&lt;sub&gt;L&lt;/sub&gt; (V − E&lt;sub&gt;L&lt;/sub&gt;) + I&lt;sub&gt;ext&lt;/sub&gt; + I&lt;sub&gt;syn&lt;/sub&gt;&lt;br&gt;V reaches V&lt;sub&gt;th&lt;/sub&gt;: spike, V ← V&lt;sub&gt;reset&lt;/sub&gt;, held for t&lt;sub&gt;ref&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected current Iext in C dV/dt = -gL (V - EL) + Iext + Isyn. Drives the %1 field of the %2 protocol (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 may range from %2 to %3 %4 on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solver method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the equations are integrated between spikes; auto takes the exact solution when the model has one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::PhaseLineView</name>
    <message>
        <source>membrane potential V (mV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dV/dt (mV/ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dV/dt = (−gL (V − EL) + I) / C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold Vth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed point V∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the neuron now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V∞ = %1 is above the threshold (V∞ − Vth = %2): the flow carries V through Vth, the neuron fires and is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V∞ = %1 is below the threshold (V∞ − Vth = %2): V settles at V∞ and the neuron stays silent (unless fluctuations carry it over).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotArea</name>
    <message>
        <source>membrane potential V (mV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current (pA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold Vth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iext injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isyn synaptic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V∞ = EL + (Iext + ⟨Isyn⟩)/gL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V (mV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotAxes</name>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spikes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotExport</name>
    <message>
        <source>Could not write %1: %2. Nothing was written; any existing file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture size %1x%2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotReadout</name>
    <message>
        <source>no trace here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::RecordingPlot</name>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current (pA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membrane potential V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold Vth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected Iext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synaptic Isyn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::SessionActions</name>
    <message>
        <source>LIFscope sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer at %2 (moved or deleted); it was removed from Open recent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::SimulationWorker</name>
    <message>
        <source>Change not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::StimulusEditor</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The input current I above sets %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimulus protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the injected current varies in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times count from when the protocol is applied: choosing it, editing a field here, or Apply again (a change mark on the plot shows where it started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the protocol again now: its times count from this moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::TheoryPanel</name>
    <message>
        <source>Membrane τm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rheobase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady state V∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ISI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inter-spike interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISI CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD / mean of ISIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I below rheobase: silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in&#xa0;last&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for constant or noise input only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted rate: a stationary rate exists only for constant input (with or without noise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diffusion approx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diffusion approx. ⚠&#xa0;outside its regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted rate: Siegert&apos;s formula with the Fourcaud-Brunel correction for synaptic filtering (diffusion approximation; %1 without the correction; the closed form at the mean drive gives %2).
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean drive below rheobase: silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted rate: the closed form for constant input, exact here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lif::ui::TransportBar</name>
    <message>
        <source>Run or pause the simulation (Space). When paused, drag to pan and scroll to zoom the plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again at t = 0 from the current parameters (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time per wall-clock time, 0.1× to 1000× real time (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the visible time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
