"""The pas foto: type and size checks, replace, clear."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.employee_query import employee_detail
from app.services.personnel import create_employee
from app.services.personnel_photo import MAX_PHOTO_BYTES, clear_photo, get_photo, set_photo
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import (
    AUDITOR,
    OPERATOR,
    employee_input,
)

world = personnel_fixtures.world  # the shared fixture

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200) + b"\xff\xd9"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100)
       + b"\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def emp_id(world):
    return world.call(OPERATOR, create_employee, employee_input()).id


def test_set_photo_accepts_jpeg_and_png_and_replaces(world, emp_id):
    assert world.call(OPERATOR, get_photo, emp_id) is None
    assert world.call(OPERATOR, set_photo, emp_id, JPEG).content_type == "image/jpeg"
    world.call(OPERATOR, set_photo, emp_id, PNG)
    photo = world.call(OPERATOR, get_photo, emp_id)
    assert (photo.content_type, photo.data) == ("image/png", PNG)
    assert world.call(OPERATOR, employee_detail, emp_id).has_photo


BAD_FILES = [
    (b"%PDF-1.7" + bytes(300), "photo.not_image"),
    (b"\xff\xd8\xff", "photo.not_image"),
    (JPEG[:-2] + bytes(2000), "photo.not_image"),
    (b"\xff\xd8\xff" + bytes(MAX_PHOTO_BYTES) + b"\xff\xd9", "photo.too_big"),
]


def test_set_photo_refuses_other_files(world, emp_id):
    for data, code in BAD_FILES:
        with pytest.raises(ValidationError) as caught:
            world.call(OPERATOR, set_photo, emp_id, data)
        assert [(e.field, e.code) for e in caught.value.errors] == [("photo", code)]
    assert world.call(OPERATOR, get_photo, emp_id) is None


def test_clear_photo_then_set_again(world, emp_id):
    world.call(OPERATOR, set_photo, emp_id, JPEG)
    world.call(OPERATOR, clear_photo, emp_id)
    assert world.call(OPERATOR, get_photo, emp_id) is None
    assert not world.call(OPERATOR, employee_detail, emp_id).has_photo
    world.call(OPERATOR, set_photo, emp_id, PNG)
    assert world.call(OPERATOR, get_photo, emp_id).data == PNG


def test_auditor_may_not_set_a_photo(world, emp_id):
    with pytest.raises(PermissionDenied):
        world.call(AUDITOR, set_photo, emp_id, JPEG)
