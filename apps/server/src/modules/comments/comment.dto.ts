import { ApiProperty } from '@nestjs/swagger';
import { COMMENT_TARGETS, type CommentDto, type CommentTarget } from '@hubspoke/contracts';
import { IsString, Length, Matches } from 'class-validator';

export class CreateCommentDto {
  @ApiProperty({ minLength: 1, maxLength: 10000, example: 'The audit found two districts without backup power.' })
  @IsString()
  @Length(1, 10000)
  @Matches(/\S/, { message: '$property must not be blank' })
  body!: string;
}

export class CommentDtoDoc implements CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hubId!: string;
  @ApiProperty({ enum: COMMENT_TARGETS }) targetType!: CommentTarget;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) authorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) authorOrganizationId!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CommentsPageDto {
  @ApiProperty({ type: [CommentDtoDoc] }) items!: CommentDtoDoc[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}
