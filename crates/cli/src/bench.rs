//! `sitrep bench`: extraction throughput on a generated corpus.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<ExitCode> {
    anyhow::bail!("not yet")
}
