"""Normalisers: countries to ISO3, numbers and money, dates, and the date a
page states for itself (datelines).

Each one is a parser of spans: it finds candidate spans with its own compiled
patterns and turns them into canonical values; reference data lives in data/.
"""
