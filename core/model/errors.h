#pragma once
// Errors that reach a person: each message names the field or file, the value, and what is allowed.
//
// An InputError carries structure beside its text, so that callers never have to read English to act on it:
// the ids of the fields it concerns (a parameter name such as "Vreset", "stimulus" or "stimulus.ON", a run
// setting such as "duration" or "dt", "inputSpikes", "solver") and, for errors in a file, where in the file.
// The core's text never names a command-line flag, a dialog or a menu: the caller adds its own context
// (withContext("--stimulus"), "session file 'x.json'") and highlights the fields it shows.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace lif {

/// Where in a text file an error is (1-based line and column; 0 when not known).
struct TextLocation {
    std::string file;  ///< as the caller named it (a path or "session")
    std::size_t line = 0;
    std::size_t column = 0;
    bool known() const { return line > 0; }
};

/// Bad input from outside (a parameter, a flag, a file). The CLI turns it into exit status 2,
/// the window into a highlighted field and a message.
class InputError : public std::runtime_error {
public:
    explicit InputError(const std::string& message, std::vector<std::string> fields = {}, TextLocation where = {})
        : std::runtime_error(message), detail_(message), fields_(std::move(fields)), where_(std::move(where)) {}

    /// Field ids the error concerns (may be empty), e.g. {"Vreset", "Vth"}.
    const std::vector<std::string>& fields() const { return fields_; }
    bool concerns(const std::string& field) const {
        for (const auto& id : fields_)
            if (id == field) return true;
        return false;
    }
    const TextLocation& where() const { return where_; }
    /// The message without any context a caller added.
    const std::string& detail() const { return detail_; }

    /// The same error with `context` put in front of the message ("context: message"); fields, location and
    /// detail are kept.
    InputError withContext(const std::string& context) const {
        InputError copy(context + ": " + what(), fields_, where_);
        copy.detail_ = detail_;
        return copy;
    }

private:
    std::string detail_;
    std::vector<std::string> fields_;
    TextLocation where_;
};

/// The numerical solver could not continue (too many rejected steps, a non-finite state).
/// Reported to the user; never fatal to the application.
class SolverError : public std::runtime_error {
public:
    explicit SolverError(const std::string& message) : std::runtime_error(message) {}
};

/// Writing an output file failed; any existing file at that path is left untouched.
class OutputError : public std::runtime_error {
public:
    explicit OutputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace lif
