#![forbid(unsafe_code)]

fn main() {
    let status = wsaerr::cli::run(
        std::env::args_os(),
        |name| std::env::var_os(name),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(status);
}
