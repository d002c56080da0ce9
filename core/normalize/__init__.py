"""Normalisers: countries to ISO3, numbers and money, dates, the date a page
states for itself (datelines), framework names to ids.

Each one is a parser of spans: it finds candidate spans with its own compiled
patterns and turns them into canonical values; reference data lives in data/.
"""
