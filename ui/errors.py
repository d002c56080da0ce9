"""What a reader sees when a page cannot be shown: one short sentence on the
page, never a traceback (which would show server paths, and for a database
that is down its host and port). The details go to the server log."""
from __future__ import annotations

import logging
from contextlib import contextmanager

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from core.settings import SettingError
from core.store import ReadOnlyStore

log = logging.getLogger("tracker.pages")

DATABASE_DOWN = ("The tracker's database cannot be reached or opened right now. Try again in a "
                 "moment; if it persists, ask whoever runs the tracker to check the database "
                 "(TRACKER_DB) and the server log.")
PAGE_FAILED = ("This page could not be shown. Try again, or change the link's settings; the "
               "details are in the server log.")


@contextmanager
def shown_as_a_message():
    """Run a page; any error becomes a short message on the page and a full
    entry in the server log. Streamlit's own stop and rerun signals (not
    Exceptions) pass through."""
    try:
        yield
    except SQLAlchemyError:
        log.exception("page failed: database error")
        st.error(DATABASE_DOWN, icon=":material/cloud_off:")
    except (SettingError, ReadOnlyStore) as error:
        log.error("page failed: %s", error)
        st.error(str(error), icon=":material/settings:")
    except Exception:
        log.exception("page failed")
        st.error(PAGE_FAILED, icon=":material/error:")
